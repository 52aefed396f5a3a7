package dev.connectconformance.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectconformance.simulator.SimulatedConnect;
import dev.connectconformance.simulator.SimulatorSettings;
import dev.connectconformance.simulator.faults.FaultInjector;
import dev.connectconformance.simulator.operations.OperationRegistry;
import dev.connectconformance.simulator.realism.RealismControls;
import dev.connectconformance.simulator.time.SimulatorClock;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.DescribeInstanceRequest;

/**
 * Whatever an operation throws, an Error included (a StackOverflowError in a pattern match was one), the client
 * gets AWS's 500 InternalServiceException with a request id, and the log gets the stack trace.
 */
class ConnectApiDispatcherFailureTest {

    @Test
    void anErrorInAHandlerIsAnAwsShaped500AndLogged() {
        SimulatorSettings settings = SimulatorSettings.defaults();
        OperationRegistry failing = new OperationRegistry().register("DescribeInstance",
                DescribeInstanceRequest::builder, (context, request) -> {
                    throw new StackOverflowError("deep inside a pattern match");
                });
        ConnectApiDispatcher dispatcher = new ConnectApiDispatcher(ServiceModel.bundled(), failing,
                new SimulatedConnect(settings).store(), new SimulatorClock(), new FaultInjector(),
                new RealismControls(settings.realism()), settings.simulation());
        LogRecord[] logged = new LogRecord[1];
        Logger log = Logger.getLogger(ConnectApiDispatcher.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged[0] = record;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            String authorization = "AWS4-HMAC-SHA256 Credential=123456789012/20261202/us-east-1/connect/aws4_request, "
                    + "SignedHeaders=host, Signature=00";
            ApiResponse response = dispatcher.dispatch(ApiCall.of("GET", "/instance/abc",
                    name -> name.equalsIgnoreCase("Authorization") ? authorization : null, null));
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "InternalServiceException");
            assertThat(response.bodyText()).contains("The simulator failed to process the request (request id ")
                    .doesNotContain("StackOverflowError");
            assertThat(logged[0].getLevel()).isEqualTo(Level.WARNING);
            assertThat(logged[0].getThrown()).isInstanceOf(StackOverflowError.class);
        } finally {
            log.removeHandler(capture);
        }
    }
}
