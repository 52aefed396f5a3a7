package dev.connectconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class RunAccountTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunAccount read(String runJson) throws Exception {
        return RunAccount.read(JSON.readTree(runJson));
    }

    private static JsonNode written(RunAccount account) {
        ObjectNode runJson = JSON.createObjectNode();
        account.writeTo(runJson);
        return runJson;
    }

    @Test
    void eachKindIsWrittenAndReadBack() throws Exception {
        assertThat(written(RunAccount.perScenarioAccounts()).toString())
                .isEqualTo("{\"account\":null,\"accounts\":\"per-scenario\"}");
        assertThat(written(RunAccount.of("210987654321")).toString()).isEqualTo("{\"account\":\"210987654321\"}");
        for (RunAccount account : new RunAccount[] {RunAccount.perScenarioAccounts(), RunAccount.of("210987654321"),
                RunAccount.unknown()}) {
            assertThat(RunAccount.read(written(account))).isEqualTo(account);
        }
    }

    @Test
    void olderRunJsonFilesReadAsBefore() throws Exception {
        assertThat(read("{\"account\":\"123456789012\"}")).isEqualTo(RunAccount.of("123456789012"));
        assertThat(read("{\"account\":123456789012}")).isEqualTo(RunAccount.of("123456789012"));
        assertThat(read("{\"label\":\"simulator\"}")).isEqualTo(RunAccount.unknown());
        assertThat(read("{\"account\":\" \"}")).isEqualTo(RunAccount.unknown());
    }

    @Test
    void thePageSaysWhoseAccountWithoutShowingItUnlessAsked() {
        assertThat(RunAccount.of("123456789012").displayed(false)).isEqualTo("********9012");
        assertThat(RunAccount.of("123456789012").displayed(true)).isEqualTo("123456789012");
        assertThat(RunAccount.perScenarioAccounts().displayed(true)).isEqualTo("a fresh one per scenario");
        assertThat(RunAccount.unknown().displayed(false)).isEqualTo("unknown");
    }
}
