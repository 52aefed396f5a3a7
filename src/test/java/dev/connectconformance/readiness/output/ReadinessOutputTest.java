package dev.connectconformance.readiness.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.readiness.InventoryBuilder;
import dev.connectconformance.readiness.Readiness;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The terminal lines, the JSON and the JUnit XML of one report with a blocker and a warning. */
class ReadinessOutputTest {

    private final ReadinessReport report = report();

    private static ReadinessReport report() {
        InventoryBuilder account = new InventoryBuilder();
        account.numbers.set(1, InventoryBuilder.number("n-2", "FAILED", Optional.of("limit <5> & more"), true,
                Optional.empty(), Optional.empty()));
        account.inSource = InventoryBuilder.active(InventoryBuilder.SOURCE, InventoryBuilder.split(100, 0));
        return Readiness.judge(account.build(), Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theTerminalShowsTheInventoryThenFindingsBySeverityAndTheVerdictLast() {
        List<String> lines = TerminalReport.lines(report, List.of("reports/readiness/index.html"));

        assertThat(lines.get(0)).isEqualTo("Readiness of traffic distribution group plan");
        assertThat(lines).contains("telephony      100%        0%", "Blockers (1)", "Warnings (1)", "Info (3)",
                "Reports: reports/readiness/index.html");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("\\+1555000002 +FAILED +- +-"));
        assertThat(String.join("\n", lines)).containsSubsequence("Blockers (1)", "RD-02", "Warnings (1)", "RD-04",
                "Info (3)", "PN-10");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Verdict: not-ready (1 blocker, 1 warning)");
    }

    @Test
    void theJsonHasTheDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.of(report));

        assertThat(json.path("verdict").asText()).isEqualTo("not-ready");
        assertThat(json.path("tdg").path("arn").asText()).isEqualTo(InventoryBuilder.GROUP);
        assertThat(json.path("tdg").path("regions").path("us-east-1").path("telephony").path("us-west-2").asInt())
                .isZero();
        JsonNode failed = json.path("numbers").get(1);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("message").asText()).isEqualTo("limit <5> & more");
        assertThat(failed.path("flows").path("us-west-2").isNull()).isTrue();
        assertThat(json.path("numbers").get(0).path("flows").path("us-east-1").asText()).isEqualTo(InventoryBuilder.FLOW);
        assertThat(json.path("plan").get(0).path("moves").asBoolean()).isTrue();
        assertThat(json.path("quota").path("value").asInt()).isEqualTo(5);
        assertThat(json.path("quota").path("source").asText()).isEqualTo("applied");
        assertThat(json.path("allowance").path("used").isNull()).isTrue();
        assertThat(json.path("findings").get(0).path("check").asText()).isEqualTo("RD-02");
        assertThat(json.path("findings").get(0).path("severity").asText()).isEqualTo("blocker");
        assertThat(json.path("findings").get(0).path("region").asText()).isEqualTo("us-east-1");
        assertThat(json.path("checks")).hasSize(8);
    }

    @Test
    void theJunitXmlHasOneTestCasePerCheckAndFailsTheOnesWithABlocker() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JunitReport.of(report).getBytes(StandardCharsets.UTF_8)));

        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("8");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(8);
        Element rd02 = (Element) cases.item(1);
        assertThat(rd02.getAttribute("name")).startsWith("RD-02 Every number on the TDG is CLAIMED");
        assertThat(rd02.getElementsByTagName("failure").item(0).getTextContent()).contains("limit <5> & more");
        Element rd04 = (Element) cases.item(3);
        assertThat(rd04.getElementsByTagName("failure").getLength()).isZero();
        assertThat(rd04.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("warning us-west-2");
    }

    @Test
    void thePageEscapesWhatTheAccountSays() {
        String html = HtmlReport.of(report);

        assertThat(html).contains("data-verdict=\"not-ready\"", "limit &lt;5&gt; &amp; more")
                .doesNotContain("limit <5>").doesNotContain("<script").doesNotContain("http://", "https://");
        assertThat(html).contains("<tr class=\"finding blocker\" data-check=\"RD-02\" data-severity=\"blocker\">");
        assertThat(report.inventory().numbers()).extracting(NumberOnGroup::arn)
                .allSatisfy(arn -> assertThat(html).contains("data-number=\"" + arn + "\""));
    }
}
