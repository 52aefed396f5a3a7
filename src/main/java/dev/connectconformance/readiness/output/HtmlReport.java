package dev.connectconformance.readiness.output;

import dev.connectconformance.output.Html;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.checks.Severity;
import dev.connectconformance.readiness.inventory.Inventory;
import dev.connectconformance.readiness.inventory.NumberOnGroup;
import dev.connectconformance.readiness.inventory.PlanNumber;
import java.util.List;
import java.util.Locale;

/**
 * The readiness page: one self-contained file (its stylesheet inline, no scripts, nothing fetched) with the verdict,
 * the findings by severity and the inventory. Its own page, never a column of the conformance page: an account
 * that is not ready is not a service that disagrees with the simulator.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String of(ReadinessReport report) {
        Inventory inventory = report.inventory();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Readiness: ")
                .append(Html.escape(inventory.group().name())).append("</title>\n<style>\n")
                .append(Html.stylesheet("/readiness/readiness.css"))
                .append("</style>\n</head>\n<body>\n");
        header(html, report);
        html.append("<main>\n");
        findings(html, report);
        group(html, inventory);
        numbers(html, inventory);
        plan(html, inventory);
        html.append("<h2>Quota</h2>\n<p id=\"quota\" data-value=\"").append(inventory.quota().value())
                .append("\" data-source=\"").append(inventory.quota().source().wireName()).append("\">")
                .append(inventory.quota().value()).append(" numbers per group (")
                .append(Html.escape(inventory.quota().source().label() + ": " + inventory.quota().detail()))
                .append(")</p>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, ReadinessReport report) {
        Inventory inventory = report.inventory();
        String verdict = report.verdict().wireName();
        html.append("<header>\n<div class=\"verdict ").append(verdict).append("\" id=\"verdict\" data-verdict=\"")
                .append(verdict).append("\">").append(verdict).append("</div>\n<div>\n<h1>Readiness of ")
                .append(Html.escape(inventory.group().name())).append("</h1>\n<p class=\"arn\">")
                .append(Html.escape(inventory.group().arn())).append("</p>\n<p>instance ")
                .append(Html.escape(InventoryText.describe(inventory.instance()))).append(" &middot; source ")
                .append(Html.escape(inventory.sourceRegion())).append(", replica ")
                .append(Html.escape(inventory.replicaRegion())).append(" &middot; checked ")
                .append(Html.escape(report.checkedAt().toString())).append("</p>\n<p class=\"counts\">");
        for (Severity severity : Severity.values()) {
            int count = report.findings(severity).size();
            html.append("<span class=\"").append(severity.wireName()).append("\" data-count=\"")
                    .append(severity.wireName()).append("\">").append(count).append(' ')
                    .append(count == 1 ? severity.wireName() : severity.heading().toLowerCase(Locale.ROOT))
                    .append("</span>");
        }
        html.append("</p>\n</div>\n</header>\n");
    }

    private static void findings(StringBuilder html, ReadinessReport report) {
        html.append("<h2>Findings</h2>\n<table id=\"findings\">\n<tr><th>severity</th><th>check</th><th>region</th>")
                .append("<th>resource</th><th>what to do</th></tr>\n");
        for (Severity severity : Severity.values()) {
            for (Finding finding : report.findings(severity)) {
                String css = severity.wireName();
                html.append("<tr class=\"finding ").append(css).append("\" data-check=\"")
                        .append(Html.escape(finding.check())).append("\" data-severity=\"").append(css)
                        .append("\"><td><span class=\"badge ").append(css).append("\">").append(css)
                        .append("</span></td><td>").append(Html.escape(finding.check()))
                        .append("</td><td class=\"region\">").append(Html.escape(finding.region().orElse("")))
                        .append("</td><td class=\"arn\">")
                        .append(Html.escape(finding.resource())).append("</td><td>")
                        .append(Html.escape(finding.message())).append("</td></tr>\n");
            }
        }
        html.append("</table>\n");
    }

    private static void group(StringBuilder html, Inventory inventory) {
        html.append("<h2>The group from both regions</h2>\n<table id=\"group\">\n<tr><th></th>");
        inventory.group().regionNames().forEach(r -> html.append("<th>").append(Html.escape(r)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : InventoryText.groupRows(inventory)) {
            html.append("<tr><th>").append(Html.escape(row.get(0))).append("</th>");
            row.subList(1, row.size()).forEach(cell -> cell(html, cell));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void numbers(StringBuilder html, Inventory inventory) {
        List<String> regions = inventory.group().regionNames();
        html.append("<h2>Numbers on the group (").append(inventory.numbers().size()).append(")</h2>\n")
                .append("<table id=\"numbers\">\n<tr><th>number</th><th>status</th><th>message</th><th>flow ")
                .append(Html.escape(regions.get(0))).append("</th><th>flow ").append(Html.escape(regions.get(1)))
                .append("</th><th>ARN</th></tr>\n");
        for (NumberOnGroup number : inventory.numbers()) {
            html.append("<tr data-number=\"").append(Html.escape(number.arn())).append("\"><td>")
                    .append(Html.escape(number.phoneNumber())).append("</td>");
            cell(html, number.status());
            cell(html, number.message().orElse(InventoryText.NONE));
            cell(html, InventoryText.flow(inventory, number.flows().get(regions.get(0))));
            cell(html, InventoryText.flow(inventory, number.flows().get(regions.get(1))));
            html.append("<td class=\"arn\">").append(Html.escape(number.arn())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void plan(StringBuilder html, Inventory inventory) {
        html.append("<h2>The plan</h2>\n");
        if (inventory.planSource().isEmpty()) {
            html.append("<p class=\"none\">No plan named (--plan FILE).</p>\n");
            return;
        }
        html.append("<p>").append(Html.escape(inventory.planSource().get())).append("</p>\n<table id=\"plan\">\n")
                .append("<tr><th>line</th><th>number</th><th>status</th><th>claimed in</th><th>on</th>")
                .append("<th>flow now</th><th>flow after</th></tr>\n");
        for (PlanNumber number : inventory.plan()) {
            html.append("<tr data-line=\"").append(number.entry().line()).append("\"><td>")
                    .append(number.entry().line()).append("</td><td>")
                    .append(Html.escape(number.found() ? number.phoneNumber() : number.entry().number())).append("</td>");
            cell(html, number.found() ? number.status() : "not-found");
            cell(html, number.found() ? number.claimedRegion() : InventoryText.NONE);
            cell(html, InventoryText.target(inventory, number));
            cell(html, InventoryText.flow(inventory, number.currentFlowArn()));
            cell(html, InventoryText.plannedFlow(inventory, number));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void cell(StringBuilder html, String text) {
        String css = text.equals(InventoryText.NONE) ? "none" : "status-" + text.replace(' ', '-');
        html.append("<td class=\"").append(Html.escape(css)).append("\">").append(Html.escape(text)).append("</td>");
    }
}
