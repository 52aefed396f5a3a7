package dev.connectconformance.simulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --credentials file: one key a line, mistakes named by line, secrets never printed. */
class SigningCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void readsKeysSkippingCommentsAndBlankLines() throws IOException {
        SigningCredentials keys = SigningCredentials.read(file("""
                # access key id       secret                          account
                AKIAEXAMPLEONE        wJalrXUtnFEMI/K7MDENG+bPxRfi    111122223333

                AKIAEXAMPLETWO\tsecond/secret\t444455556666
                """));
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.find("AKIAEXAMPLEONE")).get().extracting(SigningCredentials.Key::accountId)
                .isEqualTo("111122223333");
        assertThat(keys.find("AKIAEXAMPLETWO").orElseThrow().secretAccessKey()).isEqualTo("second/secret");
        assertThat(keys.find("AKIAUNKNOWN")).isEmpty();
        assertThat(keys.find("AKIAEXAMPLEONE").orElseThrow().toString()).doesNotContain("wJalr");
    }

    @Test
    void mistakesNameTheFileAndLine() throws IOException {
        assertThatThrownBy(() -> SigningCredentials.read(file("AKIAONE secret\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1")
                .hasMessageContaining("expected 'ACCESS_KEY_ID SECRET_ACCESS_KEY ACCOUNT'");
        assertThatThrownBy(() -> SigningCredentials.read(file("# keys\nAKIAONE secret 12345\n")))
                .hasMessageContaining("line 2").hasMessageContaining("12 digits");
        assertThatThrownBy(() -> SigningCredentials.read(file("AKIAONE a 111122223333\nAKIAONE b 111122223333\n")))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> SigningCredentials.read(file("# nothing\n"))).hasMessageContaining("no access keys");
        assertThatThrownBy(() -> SigningCredentials.read(dir.resolve("missing.txt")))
                .hasMessageContaining("cannot read credentials file");
    }

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("credentials.txt"), text);
    }
}
