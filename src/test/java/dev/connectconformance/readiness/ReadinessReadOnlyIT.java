package dev.connectconformance.readiness;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.connectconformance.readiness.ReadinessJar.Run;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.client.SimulatorAdminClient;
import dev.connectconformance.simulator.protocol.OperationRouter;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.wiremock.ConnectApiExtensionFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that readiness only reads: the simulator runs on a WireMockServer of the test's own (the extension
 * factory) with WireMock's request journal on. After the account is prepared the journal is emptied; the command
 * then runs against it, and every request it sent must be a Describe, List, Get, Search or BatchGet operation of
 * Connect, or a Get or List of Service Quotas, and the simulator's state must be what it was.
 */
class ReadinessReadOnlyIT {

    private static final Set<String> READS = Set.of("Describe", "List", "Get", "Search", "BatchGet");
    private static final String KEY_ID = "AKIAREADONLYPROOF777";

    @TempDir
    Path dir;

    private WireMockServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void everyRequestReadinessSendsIsAReadAndTheStateIsUnchanged() throws Exception {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false))
                .extensions(new ConnectApiExtensionFactory(SimulatorSettings.defaults().withSettleDelay(Duration.ZERO))));
        server.start();
        URI endpoint = URI.create(server.baseUrl());
        SimulatorAdminClient admin = new SimulatorAdminClient(endpoint);
        Path plan;
        String groupArn;
        try (PreparedAccount account = new PreparedAccount(endpoint, KEY_ID, "us-east-1", "us-west-2").breakIt()) {
            groupArn = account.groupArn;
            plan = Files.write(dir.resolve("plan.txt"), List.of(account.onInstance.get(0),
                    account.phoneNumberOf(account.onInstance.get(1)) + "," + account.sourceFlowName,
                    account.claimedInReplica));
        }
        ObjectNode before = stateWithoutTime(admin);
        server.resetRequests();
        AwsProfiles profiles = AwsProfiles.write(dir, "us-east-1", Map.of("default", List.of(KEY_ID, "any-secret")));

        Run run = ReadinessJar.run(dir.resolve("run"), profiles.environment(server.baseUrl(), server.baseUrl()),
                "--tdg", groupArn, "--plan", plan.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        Set<String> operations = new TreeSet<>();
        OperationRouter connect = new OperationRouter(ServiceModel.bundled());
        for (ServeEvent event : server.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            String target = request.getHeader("X-Amz-Target");
            String operation = target != null ? "servicequotas:" + target.substring(target.indexOf('.') + 1)
                    : connect.route(request.getMethod().getName(), request.getUrl())
                            .map(route -> route.operation().name()).orElse("not a Connect operation: "
                                    + request.getMethod() + " " + request.getUrl());
            operations.add(operation);
        }
        assertThat(operations).as("what readiness called").contains("DescribeTrafficDistributionGroup",
                "GetTrafficDistribution", "DescribeInstance", "ListPhoneNumbersV2", "DescribePhoneNumber",
                "ListFlowAssociations", "ListContactFlows", "servicequotas:ListServiceQuotas");
        assertThat(operations).allSatisfy(operation -> assertThat(READS)
                .as("%s is a read", operation).anyMatch(operation.replace("servicequotas:", "")::startsWith));
        assertThat(stateWithoutTime(admin)).isEqualTo(before);
    }

    private static ObjectNode stateWithoutTime(SimulatorAdminClient admin) {
        ObjectNode state = (ObjectNode) admin.state().deepCopy();
        state.remove("now");
        return state;
    }
}
