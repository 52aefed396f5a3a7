package dev.connectconformance.simulator.phonenumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectconformance.simulator.ConnectSimulator;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.state.IdempotencyLedger;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.ListPhoneNumbersSummary;
import software.amazon.awssdk.services.connect.model.PhoneNumberCountryCode;
import software.amazon.awssdk.services.connect.model.PhoneNumberType;
import software.amazon.awssdk.services.connect.model.ThrottlingException;

/**
 * PN-12 over time and volume: a ClientToken replays its first result for its whole retention window (8 hours on
 * the simulator clock), and a ledger full of live tokens throttles a new one instead of forgetting an old one,
 * which a replay would then have turned into a duplicate. A simulator of its own keeps four tokens per account;
 * the SDK gives CreateInstance a token of its own, so three are left for the claims.
 */
class ClientTokenRetentionTest {

    private static final String ACCOUNT = "222233334444";
    private static final Duration WINDOW = IdempotencyLedger.RETENTION;

    private ConnectSimulator simulator;
    private ConnectClient east;
    private String instanceId;

    @BeforeEach
    void simulatorKeepingFourTokens() {
        simulator = ConnectSimulator.start(SimulatorSettings.defaults().withIdempotencyTokensPerAccount(4));
        east = ConnectClient.builder().endpointOverride(simulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "any")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        instanceId = east.createInstance(b -> b.identityManagementType("CONNECT_MANAGED").instanceAlias("tokens")
                .inboundCallsEnabled(true).outboundCallsEnabled(true)).id();
        simulator.advanceClock(Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        east.close();
        simulator.close();
    }

    @Test
    void aTokenReplaysItsFirstResultUntilTheEndOfItsWindow() {
        String token = UUID.randomUUID().toString();
        String number = free().get(0);
        String first = claim(number, token);

        simulator.advanceClock(WINDOW.minusSeconds(1));

        assertThat(claim(number, token)).isEqualTo(first);
        assertThat(listed()).containsExactly(first);
    }

    @Test
    void aFullLedgerThrottlesNewTokensAndNeverForgetsALiveOne() {
        List<String> numbers = free();
        String firstToken = UUID.randomUUID().toString();
        String first = claim(numbers.get(0), firstToken);
        claim(numbers.get(1), UUID.randomUUID().toString());
        claim(numbers.get(2), UUID.randomUUID().toString());

        assertThatThrownBy(() -> claim(numbers.get(3), UUID.randomUUID().toString()))
                .isInstanceOf(ThrottlingException.class).hasMessageContaining("4 ClientTokens within the last 8 hours")
                .satisfies(e -> assertThat(((ThrottlingException) e).statusCode()).isEqualTo(429));
        assertThat(claim(numbers.get(0), firstToken)).isEqualTo(first);
        assertThat(listed()).hasSize(3);

        simulator.advanceClock(WINDOW);
        claim(numbers.get(3), UUID.randomUUID().toString());
        assertThat(listed()).hasSize(4);
    }

    private String claim(String number, String token) {
        return east.claimPhoneNumber(b -> b.instanceId(instanceId).phoneNumber(number).clientToken(token))
                .phoneNumberId();
    }

    private List<String> free() {
        return east.searchAvailablePhoneNumbers(b -> b.instanceId(instanceId).maxResults(4)
                        .phoneNumberCountryCode(PhoneNumberCountryCode.US).phoneNumberType(PhoneNumberType.DID))
                .availableNumbersList().stream().map(n -> n.phoneNumber()).toList();
    }

    private List<String> listed() {
        return east.listPhoneNumbersV2(b -> b.instanceId(instanceId)).listPhoneNumbersSummaryList().stream()
                .map(ListPhoneNumbersSummary::phoneNumberId).toList();
    }
}
