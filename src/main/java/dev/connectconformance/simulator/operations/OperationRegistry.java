package dev.connectconformance.simulator.operations;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkPojo;

/** The operations the simulator implements, by modelled name, each with the SDK builder of its request. */
public final class OperationRegistry {

    /** An operation: a typed SDK request in, a typed SDK response (or null for an empty one) out. */
    @FunctionalInterface
    public interface Handler<I extends SdkPojo> {
        SdkPojo handle(OperationContext context, I request);
    }

    /** A registered operation. */
    public record Registration(Supplier<? extends SdkPojo> requestBuilder, Handler<SdkPojo> handler) {
    }

    private final Map<String, Registration> operations = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <I extends SdkPojo> OperationRegistry register(String operation, Supplier<? extends SdkPojo> requestBuilder,
                                                          Handler<I> handler) {
        if (operations.putIfAbsent(operation, new Registration(requestBuilder, (Handler<SdkPojo>) handler)) != null) {
            throw new IllegalStateException(operation + " is registered twice");
        }
        return this;
    }

    public Optional<Registration> find(String operation) {
        return Optional.ofNullable(operations.get(operation));
    }
}
