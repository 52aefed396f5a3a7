package dev.connectconformance.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/operations.md and the generated blocks of README.md (the operations by area) and docs/simulator.md (the
 * standalone options) say what the simulator answers today: generated from the registry, the Service Quotas
 * adapter, the admin routes and the standalone options ({@link OperationsDocs}), and compared here. When an operation, route or option is added, this fails and names the command that rewrites them:
 * {@value OperationsDocs#REGENERATE}.
 */
class OperationsDocsTest {

    private static final Path PAGE = Path.of("docs", "operations.md");
    private static final Path README = Path.of("README.md");
    private static final Path SIMULATOR_PAGE = Path.of("docs", "simulator.md");
    private static final boolean WRITE = Boolean.getBoolean("docs.write");

    private final OperationsDocs docs = new OperationsDocs();

    @Test
    void theGeneratorReadsTheSimulatorItself() {
        assertThat(docs.operations()).extracting(SimulatedSurface.Operation::name)
                .contains("ClaimPhoneNumber", "UpdatePhoneNumber", "ReplicateInstance", "ListFlowAssociations");
        assertThat(docs.operations()).filteredOn(op -> op.name().equals("ClaimPhoneNumber")).singleElement()
                .satisfies(op -> {
                    assertThat(op.method() + " " + op.path()).isEqualTo("POST /phone-number/claim");
                    assertThat(op.area()).isEqualTo("phonenumbers");
                    assertThat(op.notes()).contains("idempotent with ClientToken");
                });
        assertThat(docs.serviceQuotas()).containsExactly("GetAWSDefaultServiceQuota", "GetServiceQuota",
                "ListServiceQuotas");
        assertThat(docs.adminRoutes()).extracting(r -> r.method() + " " + r.path())
                .contains("POST /__admin/connect/reset", "POST /__admin/connect/clock/advance");
        assertThat(docs.options()).extracting(SimulatedSurface.Option::names)
                .contains("--credentials FILE", "--settle-delay <settleDelay>");
        assertThat(docs.options()).allSatisfy(o -> assertThat(o.description()).doesNotContain("${"));
    }

    @Test
    void operationsPageIsUpToDate() throws IOException {
        String expected = docs.operationsPage();
        if (WRITE) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(PAGE) ? Files.readString(PAGE) : "")
                .as("%s differs from what the simulator answers; regenerate it with%n  %s", PAGE,
                        OperationsDocs.REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void readmeBlockIsUpToDate() throws IOException {
        assertBlockIsUpToDate(README, "simulated-operations", docs.readmeOperations());
    }

    @Test
    void simulatorPageBlockIsUpToDate() throws IOException {
        assertBlockIsUpToDate(SIMULATOR_PAGE, "simulator-options", docs.optionsTable());
    }

    private static void assertBlockIsUpToDate(Path file, String block, String content) throws IOException {
        String text = Files.readString(file);
        String updated = replaceBlock(text, block, content);
        if (WRITE) {
            Files.writeString(file, updated, StandardCharsets.UTF_8);
            text = updated;
        }
        assertThat(text).as("the generated block '%s' of %s differs from what the simulator answers; regenerate it "
                + "with%n  %s", block, file, OperationsDocs.REGENERATE).isEqualTo(updated);
    }

    /** The text between a block's markers, replaced; a file without the markers is an error, not a silent pass. */
    static String replaceBlock(String text, String block, String content) {
        Pattern markers = Pattern.compile("(<!-- generated:" + block + " begin[^\\n]*-->\\n)(.*?)(<!-- generated:"
                + block + " end -->)", Pattern.DOTALL);
        Matcher matcher = markers.matcher(text);
        assertThat(matcher.find()).as("the markers of the generated block '%s'", block).isTrue();
        return text.substring(0, matcher.start(2)) + content + text.substring(matcher.end(2));
    }
}
