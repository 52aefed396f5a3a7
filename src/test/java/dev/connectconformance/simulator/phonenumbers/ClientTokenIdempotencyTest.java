package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.ClaimPhoneNumberResponse;
import software.amazon.awssdk.services.connect.model.IdempotencyException;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberWorkflowStatus;
import software.amazon.awssdk.services.connect.model.UpdatePhoneNumberResponse;

/**
 * ClientToken on ClaimPhoneNumber, UpdatePhoneNumber and ReleasePhoneNumber. Rule covered: PN-12 (the same token
 * with the same request returns the first result and does nothing again; with another request it is refused
 * with IdempotencyException 409; inferred: matching on request content).
 */
class ClientTokenIdempotencyTest extends PhoneNumberTestBase {

    @Test
    void repeatingAClaimWithItsTokenReturnsTheFirstResultAndClaimsNothingMore() {
        String instanceId = activeInstance().id();
        String number = availableNumber(instanceId);
        String token = UUID.randomUUID().toString();

        ClaimPhoneNumberResponse first = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)
                .clientToken(token));
        ClaimPhoneNumberResponse again = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number)
                .clientToken(token));

        assertThat(again.phoneNumberId()).isEqualTo(first.phoneNumberId());
        assertThat(again.phoneNumberArn()).isEqualTo(first.phoneNumberArn());
        assertThat(listAll(east)).extracting(ListPhoneNumbersSummary::phoneNumberId)
                .containsExactly(first.phoneNumberId());
    }

    @Test
    void reusingAClaimTokenForAnotherNumberIsRefused() {
        String instanceId = activeInstance().id();
        String token = UUID.randomUUID().toString();
        String firstNumber = availableNumber(instanceId);
        ClaimPhoneNumberResponse first = east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(firstNumber)
                .clientToken(token));
        String otherNumber = availableNumber(instanceId);

        assertFails(() -> east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(otherNumber)
                .clientToken(token)), IdempotencyException.class, 409, "different request parameters");

        assertThat(listAll(east)).extracting(ListPhoneNumbersSummary::phoneNumberId)
                .containsExactly(first.phoneNumberId());
        assertThat(availableNumber(instanceId)).isEqualTo(otherNumber);
    }

    @Test
    void repeatingAnUpdateWithItsTokenReplaysTheAnswerInsteadOfFindingTheNumberInUse() {
        String from = activeInstance().id();
        String to = activeInstance().id();
        String numberId = claimedToInstance(from).phoneNumberId();
        String token = UUID.randomUUID().toString();

        UpdatePhoneNumberResponse first = east.updatePhoneNumber(b -> b.phoneNumberId(numberId).instanceId(to)
                .clientToken(token));
        UpdatePhoneNumberResponse again = east.updatePhoneNumber(b -> b.phoneNumberId(numberId).instanceId(to)
                .clientToken(token));

        assertThat(again.phoneNumberId()).isEqualTo(first.phoneNumberId());
        assertThat(again.phoneNumberArn()).isEqualTo(first.phoneNumberArn());
        assertFails(() -> east.updatePhoneNumber(b -> b.phoneNumberId(numberId).instanceId(from)
                .clientToken(token)), IdempotencyException.class, 409, token);
        settle();
        assertThat(describe(numberId).targetArn()).isEqualTo(instanceArn(to));
    }

    @Test
    void repeatingAReleaseWithItsTokenSucceedsWithoutReleasingAgain() {
        String instanceId = activeInstance().id();
        String numberId = claimedToInstance(instanceId).phoneNumberId();
        String token = UUID.randomUUID().toString();

        east.releasePhoneNumber(b -> b.phoneNumberId(numberId).clientToken(token));
        east.releasePhoneNumber(b -> b.phoneNumberId(numberId).clientToken(token));

        assertThat(describe(numberId).phoneNumberStatus().status()).isEqualTo(PhoneNumberWorkflowStatus.IN_PROGRESS);
        settle();
        assertThat(listAll(east)).isEmpty();
    }
}
