package dev.connectconformance.snapshot;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.connectconformance.readiness.AwsProfiles;
import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.client.SimulatorClients;
import dev.connectconformance.simulator.protocol.OperationRouter;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.statefile.AccountMasking;
import dev.connectconformance.simulator.statefile.MigrationAccount;
import dev.connectconformance.simulator.statefile.StateDocument;
import dev.connectconformance.simulator.statefile.StateFiles;
import dev.connectconformance.simulator.wiremock.ConnectApiExtensionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ClaimedPhoneNumberSummary;

/**
 * The snapshot command as a team runs it (the runnable jar, a named profile, AWS_ENDPOINT_URL_* pointing at a
 * simulator that stands in for the account): it only reads, and the file it writes starts a second simulator
 * that answers like the account. The profile's key id is not 12 digits (the simulator maps it to the account);
 * neither it nor the secret may appear in the file.
 */
class SnapshotCommandIT {

    private static final Path JAR = Path.of(System.getProperty("conformance.jar", "target/connect-conformance.jar"));
    private static final Set<String> READS = Set.of("Describe", "List", "Get", "Search", "BatchGet");
    private static final String ACCOUNT = "210987654321";
    private static final String KEY_ID = "AKIASNAPSHOTPROOF777";
    private static final String SECRET = "snapshot-secret/" + UUID.randomUUID();

    @TempDir
    Path dir;

    private WireMockServer account;

    @BeforeEach
    void startTheAccount() {
        account = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .notifier(new ConsoleNotifier(false)).extensions(new ConnectApiExtensionFactory(
                        SimulatorSettings.defaults().withDefaultAccountId(ACCOUNT))));
        account.start();
    }

    @AfterEach
    void stop() {
        account.stop();
    }

    @Test
    void aSnapshotOnlyReadsAndStartsATwinThatAnswersLikeTheAccount() throws Exception {
        URI endpoint = URI.create(account.baseUrl());
        SimulatorAdminClient admin = new SimulatorAdminClient(endpoint);
        MigrationAccount built = MigrationAccount.build(endpoint, KEY_ID, () -> admin.advanceClock(Duration.ofSeconds(1)));
        admin.advanceClock(Duration.ofSeconds(1));
        admin.setPhoneNumbersPerTarget(built.tdgArn(), 8);
        StateDocument before = withoutClock(admin.exportState());
        account.resetRequests();

        Path out = dir.resolve("twin.json");
        Run run = snapshot("--instance", built.instanceId(), "--region", "us-east-1", "--profile", "prod",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).contains("snapshot: reading instance " + built.instanceId());
        assertThat(run.out().strip()).contains("3 number(s)").endsWith(out.toString());
        assertThat(operations()).allSatisfy(operation -> assertThat(READS)
                .as("%s is a read", operation).anyMatch(operation.replace("servicequotas:", "")::startsWith));
        assertThat(withoutClock(admin.exportState())).isEqualTo(before);
        String text = Files.readString(out);
        assertThat(text).doesNotContain(KEY_ID).doesNotContain(SECRET).contains("\"formatVersion\" : 1");

        StateDocument snapshot = StateFiles.read(out);
        assertThat(snapshot.quotas().overrides()).containsEntry(built.tdgArn(), 8);
        try (ConnectSimulator twin = ConnectSimulator.start(SimulatorSettings.defaults().withInitialState(out));
             ConnectClient onTwin = SimulatorClients.connect(twin.endpoint(), "us-east-1", ACCOUNT);
             ConnectClient onAccount = SimulatorClients.connect(endpoint, "us-east-1", KEY_ID)) {
            for (String number : List.of(built.onInstanceArn(), built.onTdgArn(), built.movingArn())) {
                assertThat(describe(onTwin, number)).isEqualTo(describe(onAccount, number));
            }
            assertThat(onTwin.getTrafficDistribution(b -> b.id(built.tdgArn())).telephonyConfig())
                    .isEqualTo(onAccount.getTrafficDistribution(b -> b.id(built.tdgArn())).telephonyConfig());
            assertThat(onTwin.listFlowAssociations(b -> b.instanceId(built.instanceId())).flowAssociationSummaryList())
                    .isEqualTo(onAccount.listFlowAssociations(b -> b.instanceId(built.instanceId()))
                            .flowAssociationSummaryList());
            assertThat(onTwin.listContactFlows(b -> b.instanceId(built.instanceId())).contactFlowSummaryList())
                    .isEqualTo(onAccount.listContactFlows(b -> b.instanceId(built.instanceId()))
                            .contactFlowSummaryList());
        }
    }

    @Test
    void aMaskedSnapshotNamesOnlyTheStandInAccountAndStillLoads() throws Exception {
        URI endpoint = URI.create(account.baseUrl());
        SimulatorAdminClient admin = new SimulatorAdminClient(endpoint);
        MigrationAccount built = MigrationAccount.build(endpoint, KEY_ID, () -> admin.advanceClock(Duration.ofSeconds(1)));
        Path out = dir.resolve("masked.json");

        Run run = snapshot("--instance", built.instanceId(), "--region", "us-east-1", "--profile", "prod",
                "--out", out.toString(), "--mask-account");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        String text = Files.readString(out);
        assertThat(text).doesNotContain(ACCOUNT).doesNotContain(KEY_ID).doesNotContain(SECRET)
                .contains(built.tdgArn().replace(ACCOUNT, AccountMasking.MASKED_ACCOUNT));
        try (ConnectSimulator twin = ConnectSimulator.start(SimulatorSettings.defaults().withInitialState(out));
             ConnectClient onTwin = SimulatorClients.connect(twin.endpoint(), "us-east-1",
                     AccountMasking.MASKED_ACCOUNT)) {
            assertThat(describe(onTwin, built.onTdgArn().replace(ACCOUNT, AccountMasking.MASKED_ACCOUNT)).targetArn())
                    .isEqualTo(built.tdgArn().replace(ACCOUNT, AccountMasking.MASKED_ACCOUNT));
        }
    }

    @Test
    void anInstanceThatIsNotThereIsOnePlainLineAndExitCodeTwo() throws Exception {
        Path out = dir.resolve("none.json");

        Run run = snapshot("--instance", "8d0c1d6e-0000-0000-0000-000000000000", "--region", "us-east-1",
                "--profile", "prod", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> !l.startsWith("snapshot: ")).toList()).singleElement()
                .asString().contains("was not found in us-east-1");
        assertThat(out).doesNotExist();
    }

    private Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        OperationRouter connect = new OperationRouter(ServiceModel.bundled());
        for (ServeEvent event : account.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            if (request.getUrl().startsWith("/__admin")) {
                continue;
            }
            String target = request.getHeader("X-Amz-Target");
            operations.add(target != null ? "servicequotas:" + target.substring(target.indexOf('.') + 1)
                    : connect.route(request.getMethod().getName(), request.getUrl().replaceFirst("\\?.*", ""))
                            .map(route -> route.operation().name()).orElse("unknown " + request.getUrl()));
        }
        return operations;
    }

    private static ClaimedPhoneNumberSummary describe(ConnectClient client, String arn) {
        return client.describePhoneNumber(b -> b.phoneNumberId(arn)).claimedPhoneNumberSummary();
    }

    private static StateDocument withoutClock(StateDocument document) {
        return new StateDocument(document.formatVersion(), document.source(), null, document.quotas(),
                document.coolingDown(), document.accounts());
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run snapshot(String... args) throws Exception {
        assertThat(JAR).as("built by the package phase").isRegularFile();
        AwsProfiles profiles = AwsProfiles.write(Files.createDirectories(dir.resolve("aws")), "us-east-1",
                Map.of("prod", List.of(KEY_ID, SECRET)));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toAbsolutePath().toString(), "snapshot"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("AWS_"));
        builder.environment().putAll(profiles.environment(account.baseUrl(), account.baseUrl()));
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("snapshot finished").isTrue();
        return new Run(process.exitValue(), out, err.join());
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
