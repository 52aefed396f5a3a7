package dev.connectconformance.suite.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectconformance.report.AccountMask;
import dev.connectconformance.report.CucumberMessagesReader;
import dev.connectconformance.report.RuleStatus;
import dev.connectconformance.report.RuleVerdict;
import dev.connectconformance.report.ScenarioResult;
import dev.connectconformance.report.ValidationRecord;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.suite.target.Target;
import dev.connectconformance.suite.target.TargetSettings;
import dev.connectconformance.suite.target.Targets;
import io.cucumber.messages.MessageToNdjsonWriter;
import io.cucumber.messages.ndjson.Serializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * On a run of the aws target, writes what it established as a validation record ({@link ValidationRecord}):
 * {@code <reports>/validation/<date>-<label>.json}, or into the folder the system property
 * {@code conformance.record.dir} names ({@code run --record validation}), the one a team commits. A simulator run
 * writes nothing: the simulator confirms nothing about AWS. The record is written on the TestRunFinished event,
 * before the page plugin reacts to the run's last envelope, so the page already counts it.
 *
 * <p>Only the masked account goes into the file; the label is the run's (aws-&lt;profile&gt; by default), and
 * nothing of the credentials is ever read here.
 */
public final class ValidationRecordPlugin implements ConcurrentEventListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Rule ids in catalogue style: by area, then by number (PN-2 before PN-10). */
    private static final Comparator<String> RULE_ORDER = Comparator
            .comparing((String id) -> id.substring(0, id.indexOf('-')))
            .thenComparingInt(id -> Integer.parseInt(id.substring(id.indexOf('-') + 1)));

    private final TargetSettings settings;
    private final Path directory;
    private final PrintStream out;
    private final BooleanSupplier endpointOverridden;
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final MessageToNdjsonWriter writer = new MessageToNdjsonWriter(messages, new Serializer());

    public ValidationRecordPlugin() {
        this(TargetSettings.fromSystemProperties(), System.out, null);
    }

    /**
     * @param out                where the record's path is printed
     * @param endpointOverridden whether the clients talk to another endpoint than AWS's; null: ask the SDK
     *                           ({@link ConfiguredEndpoint})
     */
    ValidationRecordPlugin(TargetSettings settings, PrintStream out, BooleanSupplier endpointOverridden) {
        this.settings = settings;
        this.directory = recordDirectory(settings);
        this.out = out;
        this.endpointOverridden = endpointOverridden != null ? endpointOverridden
                : () -> ConfiguredEndpoint.overridden(settings.awsProfile(), settings.sourceRegion());
    }

    /** Where records go: conformance.record.dir when given, else the reports folder's validation/. */
    static Path recordDirectory(TargetSettings settings) {
        String chosen = System.getProperty("conformance.record.dir", "").trim();
        return chosen.isEmpty() ? settings.reportsDirectory().resolve("validation") : Path.of(chosen);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        if (!settings.isAws()) {
            return;
        }
        publisher.registerHandlerFor(Envelope.class, this::onEnvelope);
        publisher.registerHandlerFor(TestRunFinished.class, this::onFinished);
    }

    private synchronized void onEnvelope(Envelope envelope) {
        try {
            writer.write(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException("validation record: cannot keep the run's messages", e);
        }
    }

    private synchronized void onFinished(TestRunFinished event) {
        try {
            List<ScenarioResult> scenarios = CucumberMessagesReader.read(messages.toString(StandardCharsets.UTF_8));
            ValidationRecord record = record(settings, scenarios, event.getInstant(),
                    Targets.ifStarted().flatMap(Target::reportedAccount),
                    endpointOverridden.getAsBoolean());
            Path file = write(directory, record);
            out.println("Validation record: " + file + (record.onAws() ? ""
                    : " (an endpoint override was in force: it confirms nothing about AWS)"));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("validation record not written into " + directory, e);
        }
    }

    /** The record of a run: each rule its scenarios are tagged with, judged as the page judges it. */
    static ValidationRecord record(TargetSettings settings, List<ScenarioResult> scenarios, Instant finishedAt,
                                   Optional<String> account, boolean endpointOverridden) {
        Map<String, List<ScenarioResult>> byRule = new LinkedHashMap<>();
        TreeSet<String> ruleIds = new TreeSet<>(RULE_ORDER);
        scenarios.forEach(s -> ruleIds.addAll(s.ruleIds()));
        for (String rule : ruleIds) {
            byRule.put(rule, new ArrayList<>());
        }
        scenarios.forEach(s -> s.ruleIds().forEach(rule -> byRule.get(rule).add(s)));
        Map<String, RuleStatus> rules = new LinkedHashMap<>();
        byRule.forEach((rule, tagged) -> rules.put(rule, RuleVerdict.of(tagged).status()));
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("source", settings.sourceRegion());
        regions.put("replica", settings.replicaRegion());
        return new ValidationRecord(LocalDate.ofInstant(finishedAt, ZoneOffset.UTC), settings.label(), suiteVersion(),
                endpointOverridden ? ValidationRecord.CUSTOM_ENDPOINT : ValidationRecord.AWS_ENDPOINT,
                account.map(AccountMask::mask).orElse("unknown"), regions, settings.allowChanges(),
                Optional.ofNullable(System.getProperty("cucumber.filter.tags")).filter(t -> !t.isBlank()), rules);
    }

    /** The jar's version; under Maven the project version the build passes in (conformance.suite.version). */
    static String suiteVersion() {
        String version = ManifestVersion.version();
        return !version.equals("development") ? version
                : System.getProperty("conformance.suite.version", "development");
    }

    static Path write(Path directory, ValidationRecord record) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(record.fileName());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), record.toJson(JSON));
        return file;
    }
}
