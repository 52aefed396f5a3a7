package dev.connectconformance.cli;

import dev.connectconformance.account.CannotCheck;
import dev.connectconformance.account.SdkAccountClients;
import dev.connectconformance.readiness.Readiness;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.discovery.ReadinessRequest;
import dev.connectconformance.readiness.output.ReadinessFiles;
import dev.connectconformance.readiness.output.TerminalReport;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readiness}: whether an account is ready to move numbers onto a traffic distribution group, read-only.
 * Everything is discovered; only the group is named. Anything that stops the check (credentials, the ARN, the
 * region, the endpoint) is one line and exit code 2, with no per-check results.
 */
@Command(name = "readiness", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Checks, read-only, whether an account is ready to move numbers onto a traffic distribution "
                + "group, and writes <reports>/readiness/ (index.html, readiness.json, junit.xml).",
                "Exit code: 0 ready, 1 not ready, 2 could not check."})
final class ReadinessCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GroupOption group = new GroupOption();

    @Mixin
    ProfileOption profile = new ProfileOption();

    @Option(names = "--instance", paramLabel = "INSTANCE_ID",
            description = "The instance the migration names (default: the group's instance).")
    String instance;

    @Mixin
    OptionalPlanOption plan = new OptionalPlanOption();

    @Option(names = "--quota", paramLabel = "N",
            description = "The group's phone-number quota, instead of reading it from Service Quotas.")
    Integer quota;

    @Option(names = "--replica-region", paramLabel = "REGION",
            description = "The replica region (default: from the instance's replication).")
    String replicaRegion;

    @Mixin
    ReportOutputs outputs = new ReportOutputs(ReadinessFiles.FOLDER);

    @Override
    public Integer call() {
        ReadinessReport report;
        try (SdkAccountClients clients = profile.clients()) {
            ReadinessRequest request = request();
            profile.requireCredentials();
            report = Readiness.check(clients, request);
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        }
        List<Path> files = ReadinessFiles.write(report, outputs.reports(), outputs.json());
        TerminalReport.print(report, files.stream().map(Path::toString).toList(), spec.commandLine().getOut());
        return report.verdict().exitCode();
    }

    private ReadinessRequest request() {
        OptionChecks.quota(quota);
        return new ReadinessRequest(group.arn(), Optional.ofNullable(instance), plan.read(),
                Optional.ofNullable(quota), Optional.ofNullable(replicaRegion));
    }
}
