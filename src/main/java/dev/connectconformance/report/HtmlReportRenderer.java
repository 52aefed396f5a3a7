package dev.connectconformance.report;

import dev.connectconformance.output.Html;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes the matrix as one self-contained static page: inline CSS, no script, nothing fetched. */
public final class HtmlReportRenderer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int SHORT_MESSAGE = 220;
    /** How the catalogue cites an issue: "hashicorp/terraform-provider-aws issue 45572". */
    private static final Pattern GITHUB_ISSUE = Pattern.compile("([\\w.-]+/[\\w.-]+) issue (\\d+)");

    private final ReportOptions options;
    private final String runsHref;

    /** @param runsHref the runs directory as seen from the page (e.g. "runs/"), for links to Cucumber reports */
    public HtmlReportRenderer(ReportOptions options, String runsHref) {
        this.options = options;
        this.runsHref = runsHref.isEmpty() || runsHref.endsWith("/") ? runsHref : runsHref + "/";
    }

    public String render(ConformanceMatrix matrix, Instant generatedAt) {
        return render(matrix, ValidationRecords.none(), generatedAt);
    }

    /** @param validation the committed records of runs on AWS, for the "On AWS" column */
    public String render(ConformanceMatrix matrix, ValidationRecords validation, Instant generatedAt) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Conformance report: Amazon Connect phone numbers and traffic distribution groups</title>\n")
                .append("<style>\n").append(Html.stylesheet("/conformance/report.css"))
                .append("</style>\n</head>\n<body>\n");
        html.append("<header class=\"page\"><h1>Amazon Connect conformance: phone numbers, traffic distribution "
                        + "groups, replicas</h1>\n<p>")
                .append(matrix.rules().size()).append(" rules in the catalogue &middot; ")
                .append(matrix.runs().size()).append(matrix.runs().size() == 1 ? " run" : " runs")
                .append(" &middot; generated ").append(Html.escape(WHEN.format(generatedAt))).append("</p></header>\n");
        html.append("<main>\n");
        targets(html, matrix);
        notes(html, matrix);
        awsNotes(html, matrix, validation);
        legend(html);
        table(html, matrix, validation.onAws());
        html.append("<footer>Rule catalogue: <code>src/main/resources/conformance/rules.md</code>. "
                + "A rule passes on a target when every scenario tagged with its id passed there; it fails when one "
                + "failed (or has an undefined, pending or ambiguous step); it is skipped when none failed and one "
                + "was skipped; not covered when no scenario is tagged with it. Retried scenarios count by their "
                + "last attempt.</footer>\n");
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void targets(StringBuilder html, ConformanceMatrix matrix) {
        html.append("<section class=\"targets\" aria-label=\"Summary per target\">\n");
        if (matrix.runs().isEmpty()) {
            html.append("<div class=\"target\"><h2>No runs yet</h2><p class=\"problem\">No results under the runs "
                    + "directory: run the feature suite first.</p></div>\n");
        }
        for (TargetRun run : matrix.runs()) {
            TargetTotals totals = matrix.totals(run);
            RunInfo info = run.info();
            html.append("<div class=\"target\" data-target=\"").append(Html.escape(run.label())).append("\">\n<h2>")
                    .append(Html.escape(run.label())).append("<span class=\"kind\">target: ")
                    .append(Html.escape(info.target())).append("</span></h2>\n<dl>");
            definition(html, "Run", runPeriod(info));
            definition(html, "Regions", info.regions().isEmpty() ? "unknown"
                    : info.regions().entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")")
                    .collect(Collectors.joining(" \u2192 ")));
            definition(html, "Account", info.account().displayed(options.showAccount()));
            info.allowChanges().ifPresent(allow -> definition(html, "Changes", allow ? "allowed" : "read-only"));
            html.append("<dt>Details</dt><dd>").append(run.cucumberReport()
                    .map(link -> "<a href=\"" + Html.escape(runsHref + link) + "\">Cucumber report</a>")
                    .orElse("<span class=\"none\">no Cucumber report</span>")).append("</dd>");
            html.append("</dl>\n<div class=\"counts\"><span class=\"what\">Rules</span>");
            count(html, run, "rules-passed", "passed", totals.rulesPassed(), "passed");
            count(html, run, "rules-failed", "failed", totals.rulesFailed(), "failed");
            count(html, run, "rules-skipped", "skipped", totals.rulesSkipped(), "skipped");
            count(html, run, "rules-not-covered", "not-covered", totals.rulesNotCovered(), "not covered");
            html.append("</div>\n<div class=\"counts\"><span class=\"what\">Scenarios</span>");
            count(html, run, "scenarios", "total", totals.scenarios(), "run");
            count(html, run, "scenarios-passed", "passed", totals.scenariosPassed(), "passed");
            count(html, run, "scenarios-failed", "failed", totals.scenariosFailed(), "failed");
            count(html, run, "scenarios-skipped", "skipped", totals.scenariosSkipped(), "skipped");
            if (totals.scenariosOther() > 0) {
                count(html, run, "scenarios-other", "other", totals.scenariosOther(), "undefined/pending");
            }
            html.append("</div>\n");
            run.problem().ifPresent(p -> html.append("<p class=\"problem\">").append(Html.escape(p)).append("</p>\n"));
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    private static void definition(StringBuilder html, String term, String value) {
        html.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
    }

    private static void count(StringBuilder html, TargetRun run, String key, String css, int value, String label) {
        html.append("<span class=\"count ").append(css).append("\" data-target=\"").append(Html.escape(run.label()))
                .append("\" data-count=\"").append(key).append("\"><b>").append(value).append("</b>")
                .append(Html.escape(label)).append("</span>");
    }

    private static String runPeriod(RunInfo info) {
        if (info.startedAt().isEmpty()) {
            return "unknown";
        }
        String started = info.startedAt().get();
        try {
            Instant start = Instant.parse(started);
            String text = WHEN.format(start);
            if (info.finishedAt().isPresent()) {
                Duration took = Duration.between(start, Instant.parse(info.finishedAt().get()));
                text += " (took " + humanDuration(took) + ")";
            }
            return text;
        } catch (DateTimeParseException e) {
            return started; // shown as written rather than dropped
        }
    }

    private static String humanDuration(Duration took) {
        long seconds = Math.max(0, took.toSeconds());
        return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }

    private void notes(StringBuilder html, ConformanceMatrix matrix) {
        html.append("<section class=\"notes\">\n");
        List<String> disagreements = matrix.disagreements();
        if (matrix.runs().size() > 1) {
            if (disagreements.isEmpty()) {
                html.append("<div class=\"note\" data-note=\"disagreements\">The targets agree on every rule they "
                        + "ran (no rule passed on one target and failed on another).</div>\n");
            } else {
                html.append("<div class=\"note warn\" data-note=\"disagreements\"><b>Targets disagree on ")
                        .append(disagreements.size()).append(disagreements.size() == 1 ? " rule" : " rules")
                        .append("</b> (passed on one, failed on another; highlighted below): ")
                        .append(disagreements.stream().map(id -> "<a href=\"#" + Html.escape(id) + "\">"
                                + Html.escape(id) + "</a>").collect(Collectors.joining(", ")))
                        .append("</div>\n");
            }
        }
        Map<String, List<ScenarioResult>> uncatalogued = matrix.uncataloguedTags();
        if (!uncatalogued.isEmpty()) {
            html.append("<div class=\"note bad\" data-note=\"uncatalogued\"><b>Tags not in the rule catalogue:</b> ")
                    .append(uncatalogued.entrySet().stream().map(e -> "@" + Html.escape(e.getKey()) + " ("
                                    + Html.escape(e.getValue().stream().map(ScenarioResult::name).distinct()
                                    .collect(Collectors.joining("; "))) + ")")
                            .collect(Collectors.joining(", ")))
                    .append("</div>\n");
        }
        html.append("</section>\n");
    }

    private static void legend(StringBuilder html) {
        html.append("<p class=\"legend\">Marks:<span class=\"badge inferred\">inferred</span>not documented, the "
                + "most plausible behaviour (a run on AWS confirms or refutes it)<span class=\"badge inferred\">"
                + "partly inferred</span>documented, with an inferred part<span class=\"badge drift\">drift</span>"
                + "documentation drift: the API does what the page says needs the console"
                + "<span class=\"badge disagree\">disagree</span>targets disagree"
                + "<span class=\"badge contradicted\">contradicted on AWS</span>an inferred rule the latest run on "
                + "AWS failed</p>\n");
    }

    /** Which validation records were read, which were set aside, and the inferred rules AWS contradicted. */
    private static void awsNotes(StringBuilder html, ConformanceMatrix matrix, ValidationRecords validation) {
        List<ValidationRecord> onAws = validation.onAws();
        int elsewhere = validation.records().size() - onAws.size();
        html.append("<section class=\"notes\">\n<div class=\"note\" data-note=\"validation\">");
        if (validation.records().isEmpty()) {
            html.append("No validation records (<code>validation/*.json</code>): no rule has been confirmed on AWS "
                    + "yet. See docs/validation.md for how to record a run against a real account.");
        } else {
            html.append("<b>On AWS</b>: ").append(onAws.size()).append(onAws.size() == 1 ? " record" : " records")
                    .append(" of runs against AWS");
            onAws.stream().map(ValidationRecord::date).max(java.util.Comparator.naturalOrder())
                    .ifPresent(latest -> html.append(", the latest of ").append(latest));
            if (elsewhere > 0) {
                html.append("; ").append(elsewhere).append(elsewhere == 1 ? " record" : " records")
                        .append(" of runs against another endpoint (a simulator, a proxy) confirm nothing and are "
                                + "not counted");
            }
            html.append('.');
        }
        html.append("</div>\n");
        List<String> contradicted = matrix.rules().stream()
                .filter(rule -> AwsConfirmation.of(rule.id(), onAws).contradicts(inferred(matrix, rule)))
                .map(Rule::id).toList();
        if (!contradicted.isEmpty()) {
            html.append("<div class=\"note bad\" data-note=\"contradicted\"><b>Inferences contradicted on AWS:</b> ")
                    .append(contradicted.stream().map(id -> "<a href=\"#" + Html.escape(id) + "\">" + Html.escape(id)
                            + "</a>").collect(Collectors.joining(", ")))
                    .append(" (inferred, and the latest run on AWS that decided them failed: the simulator "
                            + "and the rule need a second look)</div>\n");
        }
        if (!validation.problems().isEmpty()) {
            html.append("<div class=\"note bad\" data-note=\"validation-problems\"><b>Validation records not read:"
                    + "</b> ").append(validation.problems().entrySet().stream()
                            .map(e -> Html.escape(e.getKey().toString()) + " (" + Html.escape(e.getValue()) + ")")
                            .collect(Collectors.joining(", "))).append("</div>\n");
        }
        html.append("</section>\n");
    }

    /** Inferred in part or whole by the catalogue, or checked by a scenario tagged @inferred. */
    private static boolean inferred(ConformanceMatrix matrix, Rule rule) {
        return rule.inferred() || rule.partlyInferred() || matrix.anyScenarioTagged(rule.id(), "@inferred");
    }

    private void table(StringBuilder html, ConformanceMatrix matrix, List<ValidationRecord> onAws) {
        html.append("<table class=\"rules\">\n<thead><tr><th>Rule</th><th>Area</th><th>Source</th>"
                + "<th>On AWS</th><th>Scenarios</th>");
        for (TargetRun run : matrix.runs()) {
            html.append("<th class=\"target-column\" data-target=\"").append(Html.escape(run.label())).append("\">")
                    .append(Html.escape(run.label())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Rule rule : matrix.rules()) {
            row(html, matrix, rule, AwsConfirmation.of(rule.id(), onAws));
        }
        html.append("</tbody>\n</table>\n");
    }

    private void row(StringBuilder html, ConformanceMatrix matrix, Rule rule, AwsConfirmation aws) {
        boolean disagree = matrix.disagreement(rule.id());
        String id = Html.escape(rule.id());
        html.append("<tr id=\"").append(id).append("\" data-rule=\"").append(id).append("\"")
                .append(disagree ? " class=\"disagree\"" : "").append(">");
        html.append("<td class=\"rule\" title=\"").append(Html.escape(rule.text())).append("\"><a class=\"id\" href=\"#")
                .append(id).append("\">").append(id).append("</a>").append(Html.escapeWithCode(rule.title()));
        marks(html, matrix, rule, disagree, aws);
        html.append("</td><td class=\"area-name\" title=\"").append(Html.escape(rule.area())).append("\">")
                .append(Html.escape(areaName(rule))).append("</td>");
        html.append("<td class=\"sources\">");
        if (rule.sources().isEmpty()) {
            html.append("<span class=\"none\">none given</span>");
        }
        for (RuleSource source : RuleSource.values()) {
            if (rule.sources().contains(source)) {
                source(html, rule, source);
            }
        }
        html.append("</td>");
        awsCell(html, aws);
        scenarios(html, matrix, rule);
        for (TargetRun run : matrix.runs()) {
            status(html, rule, run, matrix.verdict(rule.id(), run.label()));
        }
        html.append("</tr>\n");
    }

    /**
     * One source tag. What a tag cites shows on hover; an observation shows what it cites, linked when it names a
     * GitHub issue ("owner/repo issue 123").
     */
    private static void source(StringBuilder html, Rule rule, RuleSource source) {
        List<String> cited = rule.citations(source);
        String tip = cited.isEmpty() ? "" : " title=\"" + Html.escape(source.label() + ": " + String.join("; ", cited))
                + "\"";
        html.append("<span class=\"src ").append(source.label()).append("\"").append(tip).append(">")
                .append(source.label());
        if (source == RuleSource.INFERRED && rule.partlyInferred()) {
            html.append(" (part)");
        }
        if (source == RuleSource.OBSERVED) {
            for (String citation : cited) {
                Matcher issue = GITHUB_ISSUE.matcher(citation);
                html.append(": ").append(issue.matches()
                        ? "<a href=\"https://github.com/" + Html.escape(issue.group(1)) + "/issues/" + issue.group(2)
                                + "\">" + Html.escape(issue.group(1)) + "#" + issue.group(2) + "</a>"
                        : Html.escape(citation));
            }
        }
        html.append("</span>");
    }

    /** When AWS last confirmed the rule, or that it never did; a failure of the latest deciding run says so. */
    private static void awsCell(StringBuilder html, AwsConfirmation aws) {
        String state = aws.failed().isPresent() ? "failed" : aws.confirmed().isPresent() ? "confirmed" : "never";
        html.append("<td class=\"aws\" data-aws=\"").append(state).append("\"");
        aws.confirmed().ifPresent(date -> html.append(" data-confirmed=\"").append(date).append("\""));
        aws.failed().ifPresent(date -> html.append(" data-failed=\"").append(date).append("\""));
        html.append(">");
        if (aws.never()) {
            html.append("<span class=\"none\">never</span>");
        }
        aws.confirmed().ifPresent(date -> html.append("<span class=\"aws-confirmed\">confirmed on AWS: ")
                .append(date).append("</span>"));
        aws.failed().ifPresent(date -> html.append("<span class=\"aws-failed\">failed on AWS: ").append(date)
                .append("</span>"));
        html.append("</td>");
    }

    /** The section heading without its id prefix ("TDG: traffic distribution groups" shows the name only). */
    private static String areaName(Rule rule) {
        String prefix = rule.id().substring(0, rule.id().indexOf('-')) + ": ";
        return rule.area().startsWith(prefix) ? rule.area().substring(prefix.length()) : rule.area();
    }

    private static void marks(StringBuilder html, ConformanceMatrix matrix, Rule rule, boolean disagree,
                              AwsConfirmation aws) {
        StringBuilder marks = new StringBuilder();
        if (rule.inferred() || (!rule.partlyInferred() && matrix.anyScenarioTagged(rule.id(), "@inferred"))) {
            marks.append("<span class=\"badge inferred\">inferred</span>");
        } else if (rule.partlyInferred()) {
            marks.append("<span class=\"badge inferred\" title=\"inferred: ")
                    .append(Html.escape(String.join("; ", rule.inferredParts()))).append("\">partly inferred</span>");
        }
        if (rule.documentationDrift() || matrix.anyScenarioTagged(rule.id(), "@drift")) {
            marks.append("<span class=\"badge drift\">drift</span>");
        }
        if (disagree) {
            marks.append("<span class=\"badge disagree\">disagree</span>");
        }
        if (aws.contradicts(inferred(matrix, rule))) {
            marks.append("<span class=\"badge contradicted\" title=\"the latest run on AWS that decided this "
                    + "inferred rule failed (").append(aws.failed().orElseThrow()).append(")\">contradicted on AWS</span>");
        }
        if (!marks.isEmpty()) {
            html.append(" <span class=\"marks\">").append(marks).append("</span>");
        }
    }

    private void scenarios(StringBuilder html, ConformanceMatrix matrix, Rule rule) {
        html.append("<td class=\"scenarios\">");
        List<ScenarioResult> scenarios = matrix.scenariosOf(rule.id());
        if (scenarios.isEmpty()) {
            html.append("<span class=\"none\">none</span></td>");
            return;
        }
        html.append("<ul>");
        for (ScenarioResult scenario : scenarios) {
            boolean sameName = scenarios.stream().filter(s -> s.name().equals(scenario.name())).count() > 1;
            html.append("<li>").append(Html.escape(scenario.name()));
            if (sameName) { // examples of an outline share its name: the line tells them apart
                html.append(" <span class=\"none\">(line ").append(scenario.line()).append(")</span>");
            }
            html.append("<span class=\"dots\">");
            for (TargetRun run : matrix.runs()) {
                Optional<ScenarioResult> here = matrix.verdict(rule.id(), run.label()).scenarios().stream()
                        .filter(s -> s.key().equals(scenario.key())).findFirst();
                if (here.isEmpty()) {
                    continue;
                }
                String tip = run.label() + ": " + here.get().status().label()
                        + (here.get().attempts() > 1 ? " after " + here.get().attempts() + " attempts" : "")
                        + " (" + scenario.uri() + ":" + scenario.line() + ")";
                String glyph = glyph(here.get().status());
                Optional<String> link = run.cucumberReport().map(r -> reportFilteredToRule(r, rule));
                html.append(link.map(l -> "<a class=\"dot " + here.get().status().label() + "\" href=\""
                                + Html.escape(l) + "\" title=\"" + Html.escape(tip + ", opens its Cucumber report at @"
                                + rule.id()) + "\">" + glyph + "</a>")
                        .orElse("<span class=\"dot " + here.get().status().label() + "\" title=\"" + Html.escape(tip)
                                + "\">" + glyph + "</span>"));
            }
            html.append("</span></li>");
        }
        html.append("</ul></td>");
    }

    /** The Cucumber html report takes a search in ?query=; a tag expression there shows just the rule's scenarios. */
    private String reportFilteredToRule(String cucumberReport, Rule rule) {
        return runsHref + cucumberReport + "?query=" + Html.urlQueryValue("@" + rule.id());
    }

    private static String glyph(ScenarioStatus status) {
        return switch (status) {
            case PASSED -> "&#10003;";
            case SKIPPED -> "&ndash;";
            default -> "&#10007;";
        };
    }

    private static void status(StringBuilder html, Rule rule, TargetRun run, RuleVerdict verdict) {
        html.append("<td class=\"status\" data-target=\"").append(Html.escape(run.label()))
                .append("\" data-status=\"").append(verdict.status().cssClass()).append("\"><span class=\"badge ")
                .append(verdict.status().cssClass()).append("\">").append(verdict.status().label()).append("</span>");
        int total = verdict.scenarios().size();
        if (total > 0) {
            html.append("<span class=\"detail\">").append(verdict.passedScenarios()).append(" of ").append(total)
                    .append(total == 1 ? " scenario" : " scenarios").append(" passed");
            boolean inferredRule = rule.inferred() || rule.partlyInferred();
            if (inferredRule && !"simulator".equals(run.info().target())) {
                if (verdict.status() == RuleStatus.PASSED) {
                    html.append("; confirms the inference");
                } else if (verdict.status() == RuleStatus.FAILED) {
                    html.append("; refutes the inference");
                }
            }
            html.append("</span>");
        }
        if (verdict.status() == RuleStatus.FAILED) {
            message(html, "message", verdict);
        } else if (verdict.status() == RuleStatus.SKIPPED) {
            message(html, "reason", verdict);
        }
        html.append("</td>");
    }

    private static void message(StringBuilder html, String css, RuleVerdict verdict) {
        String text = verdict.message().orElse("");
        verdict.culprit().filter(c -> verdict.scenarios().size() > 1).ifPresent(c -> html
                .append("<span class=\"detail\">in \u201c").append(Html.escape(c.name())).append("\u201d</span>"));
        if (text.length() <= SHORT_MESSAGE && text.lines().count() <= 4) {
            html.append("<span class=\"").append(css).append("\">").append(Html.escape(text)).append("</span>");
            return;
        }
        String shortText = text.lines().limit(3).collect(Collectors.joining("\n"));
        if (shortText.length() > SHORT_MESSAGE) {
            shortText = shortText.substring(0, SHORT_MESSAGE);
        }
        html.append("<span class=\"").append(css).append("\">").append(Html.escape(shortText))
                .append("&hellip;</span><details><summary>full message</summary><span class=\"").append(css)
                .append("\">").append(Html.escape(text)).append("</span></details>");
    }
}
