package dev.connectconformance.cli;

import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.ProfileCredentials;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import dev.connectconformance.suite.SuiteLauncher;
import dev.connectconformance.suite.SuiteThreads;
import dev.connectconformance.suite.target.AwsResources;
import dev.connectconformance.suite.target.TargetSettings;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the feature suite against the embedded simulator or a real account, writing the reports. The
 * options become the {@code conformance.*} and {@code cucumber.*} settings the suite reads under Maven too.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Runs the features and writes <reports>/runs/<label>/ and <reports>/index.html.",
                "Exit code: 0 when no scenario failed (skips allowed), 1 when one failed, 2 on a usage error."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--target", defaultValue = TargetSettings.SIMULATOR, paramLabel = "simulator|aws",
            description = "The embedded simulator (default) or a real account.")
    String target;

    // The suite resolves the AWS_PROFILE fallback itself (TargetSettings), under Maven too: only a given name is set.
    @Mixin
    ProfileOption profile = new ProfileOption();

    @Option(names = "--resources", paramLabel = "FILE", defaultValue = "conformance-aws.properties",
            description = "The aws target's resources file: instance, group and numbers (default: ${DEFAULT-VALUE}).")
    Path resources;

    @Option(names = "--tags", paramLabel = "EXPR", description = "Only scenarios matching a tag expression, e.g. '@PN-04 or @TDG-01'.")
    String tags;

    @Option(names = "--allow-changes", description = "On the aws target, also run scenarios that change the account (they undo their changes).")
    boolean allowChanges;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports", description = "Reports folder (default: ./${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--label", paramLabel = "NAME", description = "Name of this run under <reports>/runs (default: simulator, or aws-<profile>).")
    String label;

    @Option(names = "--record", paramLabel = "DIR", description = "On the aws target, write the run's validation "
            + "record into DIR (e.g. validation, the folder a team commits) instead of <reports>/validation.")
    Path record;

    @Option(names = "--features", paramLabel = "DIR", description = "Run the features in this folder instead of the bundled copy.")
    Path features;

    @Option(names = "--threads", paramLabel = "N",
            description = "Scenarios run at once (default: one per processor); on the simulator each thread has its own.")
    String threads;

    @Override
    public Integer call() {
        configure();
        TargetSettings settings = settings();
        if (settings.isAws()) {
            preflight(settings);
        }
        SuiteLauncher.Outcome outcome = SuiteLauncher.run(Optional.ofNullable(features));
        // a failure outside any scenario (a bad setting, a plugin) would otherwise leave only the exit code
        outcome.suiteErrors().forEach(spec.commandLine().getErr()::println);
        if (outcome.found() == 0) {
            throw new UsageError("no scenario matches " + (tags == null ? "the features" : "--tags " + tags));
        }
        return outcome.passed() ? 0 : 1;
    }

    private void configure() {
        if (features != null && !Files.isDirectory(features)) {
            throw new UsageError("--features " + features + " is not a folder");
        }
        if (System.console() == null) {
            System.setProperty("cucumber.ansi-colors.disabled", "true"); // a log file or CI, not a terminal
        }
        System.setProperty("conformance.target", target);
        System.setProperty("conformance.allowChanges", Boolean.toString(allowChanges));
        System.setProperty("conformance.reports.dir", reports.toString());
        System.setProperty("conformance.aws.config", resources.toString());
        profile.given().ifPresent(name -> System.setProperty("conformance.aws.profile", name));
        if (label != null) {
            System.setProperty("conformance.label", label);
        }
        if (record != null) {
            System.setProperty("conformance.record.dir", record.toString());
        }
        if (threads != null) {
            try {
                System.setProperty(SuiteThreads.PROPERTY, Integer.toString(SuiteThreads.parse(threads)));
            } catch (IllegalArgumentException e) {
                throw new UsageError("--threads must be a whole number of at least 1, not '" + threads + "'");
            }
        }
        if (tags != null) {
            try {
                TagExpressionParser.parse(tags);
            } catch (TagExpressionException e) {
                throw new UsageError("--tags " + tags + " is not a tag expression: " + e.getMessage());
            }
            System.setProperty("cucumber.filter.tags", tags);
        }
    }

    private static TargetSettings settings() {
        try {
            return TargetSettings.fromSystemProperties();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** A real account: the resources file reads and credentials resolve, before any scenario runs. */
    private static void preflight(TargetSettings settings) {
        try {
            AwsResources.load(settings.awsResourcesFile());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageError(e.getMessage());
        }
        try {
            ProfileCredentials.requireResolvable(settings.awsProfile());
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        }
    }
}
