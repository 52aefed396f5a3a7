package dev.connectconformance.simulator.statefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.RawConnectHttp;
import dev.connectconformance.simulator.SimulatorSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * State files written by earlier versions keep loading, and a simulator that loaded one writes it back unchanged:
 * the fixtures under {@code statefile/format-v1} (written by the simulator of their time, with every kind of
 * pending work) byte for byte; the examples in docs/ (hand-written, so without the ids a load adds) as documents
 * that survive a second load unchanged.
 */
class EarlierStateFilesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/dev/connectconformance/simulator/statefile/format-v1");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(found).as("fixtures in " + FIXTURES).isNotEmpty();
            return found.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aFileWrittenByAnEarlierVersionLoadsAndIsWrittenBackByteForByte(Path fixture) throws Exception {
        String original = Files.readString(fixture);

        String exported = exportAfterLoading(fixture);

        assertThat(exported).as("the export of a simulator that loaded " + fixture).isEqualTo(original);
    }

    @Test
    void theFixturesHoldEveryKindOfPendingWork() throws Exception {
        List<String> kinds = new ArrayList<>();
        for (Path fixture : fixtures().toList()) {
            JSON.readTree(fixture.toFile()).path("accounts").forEach(account ->
                    account.path("pendingWork").forEach(work -> kinds.add(work.path("effect").asText())));
        }
        assertThat(kinds).contains("ClaimSettles", "MoveSettles", "MetadataSettles", "ReleaseSettles",
                "FailedClaimExpires", "InstanceBecomesActive", "ReplicationSettles", "GroupCreationSettles",
                "GroupUpdateSettles", "GroupDeletionSettles");
    }

    @Test
    void everyStateDocumentInTheDocsLoadsAndSurvivesASecondLoadUnchanged() throws Exception {
        List<String> examples = docsExamples();
        assertThat(examples).as("state documents in docs/").isNotEmpty();
        for (String example : examples) {
            Path file = Files.writeString(Files.createTempFile(work, "docs-", ".json"), example);
            JsonNode given = JSON.readTree(example);

            String once = exportAfterLoading(file);
            String twice = exportAfterLoading(Files.writeString(Files.createTempFile(work, "again-", ".json"), once));

            assertThat(twice).isEqualTo(once);
            JsonNode loaded = JSON.readTree(once);
            assertThat(loaded.path("now")).isEqualTo(given.path("now"));
            assertThat(loaded.path("quotas")).isEqualTo(given.path("quotas"));
            given.path("accounts").fields().forEachRemaining(account -> {
                JsonNode kept = loaded.path("accounts").path(account.getKey());
                for (String list : List.of("instances", "trafficDistributionGroups", "phoneNumbers")) {
                    assertThat(ids(kept.path(list))).as(list).isEqualTo(ids(account.getValue().path(list)));
                }
            });
        }
    }

    /** Starts a simulator from the file on a clock that stands still, and answers its export. */
    private static String exportAfterLoading(Path file) throws IOException {
        Instant now = Instant.parse(JSON.readTree(file.toFile()).path("now").asText());
        try (ConnectSimulator simulator = ConnectSimulator.start(SimulatorSettings.defaults().withInitialState(file)
                .withClock(Clock.fixed(now, ZoneOffset.UTC)))) {
            HttpResponse<String> answer = new RawConnectHttp(simulator.endpoint())
                    .send("GET", "/__admin/connect/state", null, null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return answer.body();
        }
    }

    private static List<String> docsExamples() throws IOException {
        List<String> examples = new ArrayList<>();
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            for (Path doc : docs.filter(Files::isRegularFile).sorted().toList()) {
                if (doc.toString().endsWith(".json")) {
                    examples.add(Files.readString(doc));
                } else if (doc.toString().endsWith(".md")) {
                    Matcher block = JSON_BLOCK.matcher(Files.readString(doc));
                    while (block.find()) {
                        if (block.group(1).contains("\"formatVersion\"")) {
                            examples.add(block.group(1));
                        }
                    }
                }
            }
        }
        return examples;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
