package dev.connectconformance.readiness.output;

import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import dev.connectconformance.report.Rule;
import dev.connectconformance.report.RuleCatalogue;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: one test case per check, named by its rule id and the rule's title from the
 * catalogue. A check with a blocker fails; its warnings and info go to the test case's output.
 */
public final class JunitReport {

    private JunitReport() {
    }

    public static String of(ReadinessReport report) {
        RuleCatalogue catalogue = RuleCatalogue.bundled();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            long failures = report.checks().stream().filter(check -> !blockers(report, check).isEmpty()).count();
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "readiness " + report.inventory().group().arn());
            xml.writeAttribute("tests", String.valueOf(report.checks().size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("timestamp", report.checkedAt().toString());
            for (String check : report.checks()) {
                xml.writeCharacters("\n  ");
                testCase(xml, report, check, catalogue.rule(check).map(Rule::title).orElse(""));
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the readiness JUnit report could not be written", e);
        }
        return text + "\n";
    }

    private static void testCase(XMLStreamWriter xml, ReadinessReport report, String check, String title)
            throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "readiness");
        xml.writeAttribute("name", title.isEmpty() ? check : check + " " + title);
        List<Finding> blockers = blockers(report, check);
        if (!blockers.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", "blocker");
            xml.writeAttribute("message", blockers.size() + " blocker" + (blockers.size() == 1 ? "" : "s") + ": "
                    + blockers.get(0).message());
            xml.writeCharacters(lines(blockers));
            xml.writeEndElement();
        }
        List<Finding> others = report.findingsOf(check).stream().filter(f -> f.severity() != Severity.BLOCKER).toList();
        if (!others.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(others));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static List<Finding> blockers(ReadinessReport report, String check) {
        return report.findingsOf(check).stream().filter(f -> f.severity() == Severity.BLOCKER).toList();
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(f -> f.severity().wireName() + " " + f.region().map(r -> r + " ").orElse("")
                + f.resource() + ": " + f.message()).collect(Collectors.joining("\n"));
    }
}
