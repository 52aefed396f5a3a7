package dev.connectconformance.cli;

import dev.connectconformance.readiness.CannotCheck;
import dev.connectconformance.readiness.ProfileCredentials;
import dev.connectconformance.readiness.Readiness;
import dev.connectconformance.readiness.ReadinessReport;
import dev.connectconformance.readiness.ReadinessRequest;
import dev.connectconformance.readiness.SdkAccountClients;
import dev.connectconformance.readiness.output.ReadinessFiles;
import dev.connectconformance.readiness.output.TerminalReport;
import dev.connectconformance.readiness.plan.Plan;
import dev.connectconformance.readiness.plan.PlanFile;
import dev.connectconformance.readiness.plan.PlanFileException;
import dev.connectconformance.commandline.ManifestVersion;
import dev.connectconformance.commandline.UsageError;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @Option(names = "--tdg", required = true, paramLabel = "TDG_ARN",
            description = "The group's full ARN; its region is the source region.")
    String tdg;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "AWS profile (default: AWS_PROFILE, else the SDK's default chain).")
    String profile;

    @Option(names = "--instance", paramLabel = "INSTANCE_ID",
            description = "The instance the migration names (default: the group's instance).")
    String instance;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "The numbers to move, one a line (ARN or E.164), optionally ',FLOW' (id, ARN or name).")
    Path plan;

    @Option(names = "--quota", paramLabel = "N",
            description = "The group's phone-number quota, instead of reading it from Service Quotas.")
    Integer quota;

    @Option(names = "--replica-region", paramLabel = "REGION",
            description = "The replica region (default: from the instance's replication).")
    String replicaRegion;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Reports folder (default: ./${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Where to write the JSON report (default: <reports>/readiness/readiness.json).")
    Path json;

    @Override
    public Integer call() {
        Optional<String> chosenProfile = Optional.ofNullable(profile)
                .or(() -> Optional.ofNullable(System.getenv("AWS_PROFILE"))).filter(p -> !p.isBlank());
        ReadinessReport report;
        try (SdkAccountClients clients = new SdkAccountClients(chosenProfile)) {
            ReadinessRequest request = request();
            ProfileCredentials.requireResolvable(chosenProfile);
            report = Readiness.check(clients, request);
        } catch (CannotCheck e) {
            throw new UsageError(e.getMessage());
        }
        List<Path> files = ReadinessFiles.write(report, reports,
                json != null ? json : ReadinessFiles.defaultJson(reports));
        TerminalReport.print(report, files.stream().map(Path::toString).toList(), spec.commandLine().getOut());
        return report.verdict().exitCode();
    }

    private ReadinessRequest request() {
        if (quota != null && quota < 0) {
            throw new UsageError("--quota must be 0 or more, not " + quota);
        }
        Plan planned;
        try {
            planned = plan == null ? Plan.none() : PlanFile.read(plan);
        } catch (PlanFileException e) {
            throw new UsageError(e.getMessage());
        }
        return new ReadinessRequest(tdg, Optional.ofNullable(instance), planned, Optional.ofNullable(quota),
                Optional.ofNullable(replicaRegion));
    }
}
