package dev.connectconformance.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.support.ConnectClientFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.*;

class SmokeTest {
    @Test
    void smoke() {
        try (ConnectSimulator sim = ConnectSimulator.start(SimulatorSettings.defaults().withSettleDelay(Duration.ofSeconds(2)));
             ConnectClient east = ConnectClientFactory.forSimulator(sim.endpoint(), "us-east-1", "111122223333");
             ConnectClient west = ConnectClientFactory.forSimulator(sim.endpoint(), "us-west-2", "111122223333")) {
            CreateInstanceResponse created = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED")
                    .instanceAlias("smoke").inboundCallsEnabled(true).outboundCallsEnabled(true));
            System.out.println(created);
            System.out.println(east.describeInstance(b -> b.instanceId(created.id())));
            sim.advanceClock(Duration.ofSeconds(2));
            System.out.println(east.describeInstance(b -> b.instanceId(created.arn())));
            System.out.println(east.replicateInstance(b -> b.instanceId(created.id()).replicaRegion("us-west-2").replicaAlias("smoke-west")));
            sim.advanceClock(Duration.ofSeconds(2));
            System.out.println(west.describeInstance(b -> b.instanceId(created.id())));
            System.out.println(west.listContactFlows(b -> b.instanceId(created.id()).maxResults(2)));
            try { east.describeInstance(b -> b.instanceId("nope")); } catch (Exception e) { System.out.println(e); }
            try { east.listInstances(b -> b.maxResults(50)); } catch (Exception e) { System.out.println(e); }
            try { east.deleteQueue(b -> b.instanceId(created.id()).queueId("x")); } catch (Exception e) { System.out.println(e); }
            try { east.tagResource(b -> b.resourceArn(created.arn()).tags(java.util.Map.of("a","b"))); } catch (Exception e) { System.out.println(e); }
            assertThat(east.listInstances(b -> {}).instanceSummaryList()).hasSize(1);
        }
    }
}
