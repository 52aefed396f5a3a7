package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Model patterns written as JavaScript literals (the Password shape's "/^...$/") are read without the slashes. */
class InputValidatorPatternTest {

    @Test
    void aSlashWrappedPatternLosesItsSlashes() {
        String password = "/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$/";

        String unwrapped = InputValidator.unwrapped(password);

        assertThat(unwrapped).startsWith("^").endsWith("$");
        assertThat(Pattern.compile(unwrapped).matcher("Passw0rd!x").matches()).isTrue();
        assertThat(Pattern.compile(unwrapped).matcher("alllowercase1").matches()).isFalse();
    }

    @Test
    void anOrdinaryPatternIsLeftAlone() {
        assertThat(InputValidator.unwrapped("^[a-z/]+/$")).isEqualTo("^[a-z/]+/$");
        assertThat(InputValidator.unwrapped("/")).isEqualTo("/");
    }
}
