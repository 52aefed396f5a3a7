package dev.connectconformance.migration.output;

import dev.connectconformance.migration.Prediction;
import dev.connectconformance.migration.RehearsalReport;
import dev.connectconformance.output.Html;
import dev.connectconformance.readiness.checks.Finding;
import dev.connectconformance.readiness.inventory.Inventory;
import java.util.List;

/** The rehearsal page: one self-contained file in the readiness page's style, predictions first. */
public final class RehearsalPage {

    private RehearsalPage() {
    }

    public static String of(RehearsalReport report) {
        Inventory inventory = report.readiness().inventory();
        List<String> regions = inventory.group().regionNames();
        String verdict = report.exitCode() == 0 ? "ready" : "not-ready";
        StringBuilder html = new StringBuilder(8_192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Rehearsal: ")
                .append(Html.escape(inventory.group().name())).append("</title>\n<style>\n")
                .append(Html.stylesheet("/readiness/readiness.css")).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<div class=\"verdict ").append(verdict).append("\" id=\"verdict\">")
                .append(Html.escape(RehearsalText.summary(report))).append("</div>\n<div>\n<h1>Rehearsal of ")
                .append(Html.escape(report.planName())).append(" onto ").append(Html.escape(inventory.group().name()))
                .append("</h1>\n<p class=\"arn\">").append(Html.escape(inventory.group().arn()))
                .append("</p>\n<p>on the twin ").append(Html.escape(report.twin())).append(" &middot; source ")
                .append(Html.escape(inventory.sourceRegion())).append(", replica ")
                .append(Html.escape(inventory.replicaRegion())).append("</p>\n</div>\n</header>\n<main>\n")
                .append("<h2>Predicted outcomes</h2>\n<table id=\"outcomes\">\n<tr><th>line</th><th>number</th>")
                .append("<th>predicted</th><th>flow ").append(Html.escape(regions.get(0))).append("</th><th>flow ")
                .append(Html.escape(regions.get(1))).append("</th><th>why</th></tr>\n");
        for (Prediction p : report.predictions()) {
            html.append("<tr data-predicted=\"").append(p.predicted()).append("\"><td>")
                    .append(p.outcome().move().line()).append("</td><td>").append(Html.escape(p.phoneNumber()))
                    .append("<div class=\"arn\">").append(Html.escape(p.arn() == null ? "" : p.arn()))
                    .append("</div></td><td class=\"").append(p.predicted().equals(Prediction.MOVED)
                            ? "status-CLAIMED" : "status-FAILED").append("\">").append(p.predicted())
                    .append("</td><td>").append(Html.escape(p.outcome().flows().getOrDefault(regions.get(0), "-")))
                    .append("</td><td>").append(Html.escape(p.outcome().flows().getOrDefault(regions.get(1), "-")))
                    .append("</td><td>").append(Html.escape(p.reason())).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Readiness of the twin: ").append(report.readiness().verdict().wireName())
                .append("</h2>\n<table id=\"findings\">\n<tr><th>severity</th><th>check</th><th>region</th>")
                .append("<th>resource</th><th>what to do</th></tr>\n");
        for (Finding f : report.readiness().findings()) {
            String css = f.severity().wireName();
            html.append("<tr class=\"finding ").append(css).append("\"><td><span class=\"badge ").append(css)
                    .append("\">").append(css).append("</span></td><td>").append(Html.escape(f.check()))
                    .append("</td><td class=\"region\">").append(Html.escape(f.region().orElse("")))
                    .append("</td><td class=\"arn\">").append(Html.escape(f.resource())).append("</td><td>")
                    .append(Html.escape(f.message())).append("</td></tr>\n");
        }
        html.append("</table>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }
}
