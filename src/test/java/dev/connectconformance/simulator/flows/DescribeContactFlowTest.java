package dev.connectconformance.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.SimulatorTestBase;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.ContactFlow;
import software.amazon.awssdk.services.connect.model.ContactFlowStatus;
import software.amazon.awssdk.services.connect.model.ContactFlowType;
import software.amazon.awssdk.services.connect.model.ResourceNotFoundException;

/** DescribeContactFlow takes the flow's id or ARN, either with the {@code :$SAVED} alias (API reference). */
class DescribeContactFlowTest extends SimulatorTestBase {

    private static final String CONTENT = "{\"Version\":\"2019-10-30\",\"StartAction\":\"d\",\"Actions\":[{\"Identifier\":"
            + "\"d\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},\"Transitions\":{}}]}";

    private String flowArn(String instanceId) {
        return east.createContactFlow(b -> b.instanceId(instanceId).name("saved flow").type(ContactFlowType.CONTACT_FLOW)
                .content(CONTENT).status(ContactFlowStatus.SAVED)).contactFlowArn();
    }

    @Test
    void theSavedAliasOnAnIdOrAnArnDescribesTheFlow() {
        String instanceId = activeInstance().id();
        String arn = flowArn(instanceId);
        String id = arn.substring(arn.lastIndexOf('/') + 1);

        ContactFlow byId = east.describeContactFlow(b -> b.instanceId(instanceId).contactFlowId(id + ":$SAVED"))
                .contactFlow();
        ContactFlow byArn = east.describeContactFlow(b -> b.instanceId(instanceId).contactFlowId(arn + ":$SAVED"))
                .contactFlow();

        assertThat(byId.id()).isEqualTo(id);
        assertThat(byId.status()).isEqualTo(ContactFlowStatus.SAVED);
        assertThat(byId.content()).isEqualTo(CONTENT);
        assertThat(byArn).isEqualTo(byId);
    }

    @Test
    void anotherAliasIsNotAFlow() {
        String instanceId = activeInstance().id();
        String arn = flowArn(instanceId);

        assertThatThrownBy(() -> east.describeContactFlow(b -> b.instanceId(instanceId)
                .contactFlowId(arn + ":$DRAFT"))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Contact flow not found");
    }
}
