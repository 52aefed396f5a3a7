package dev.connectconformance.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectconformance.simulator.admin.contract.AsyncFailureList;
import dev.connectconformance.simulator.admin.contract.FaultList;
import dev.connectconformance.simulator.faults.AsyncFailures;
import dev.connectconformance.simulator.faults.FaultInjector;
import dev.connectconformance.simulator.faults.FaultRule;
import dev.connectconformance.simulator.protocol.ServiceModel;
import dev.connectconformance.simulator.time.Durations;
import java.time.Duration;

/**
 * {@code /faults} and {@code /async-failures}: errors and latency injected into the next calls of an operation,
 * and failures armed for asynchronous completions. Operations and error codes must exist in the service model.
 */
final class FaultChanges {

    private static final int MAX_TIMES = 1_000_000_000;

    private final FaultInjector faults;
    private final AsyncFailures asyncFailures;

    FaultChanges(FaultInjector faults, AsyncFailures asyncFailures) {
        this.faults = faults;
        this.asyncFailures = asyncFailures;
    }

    FaultList faults() {
        return new FaultList(faults.armed().stream().map(armed -> new FaultList.Entry(armed.rule().operation(),
                armed.rule().errorCode(), armed.rule().message(), armed.rule().latency(), armed.rule().times(),
                armed.remaining())).toList());
    }

    FaultList arm(JsonNode body) {
        faults.arm(faultRule(body));
        return faults();
    }

    FaultList clear() {
        faults.clear();
        return faults();
    }

    AsyncFailureList asyncFailures() {
        return new AsyncFailureList(asyncFailures.armed());
    }

    AsyncFailureList armAsyncFailure(JsonNode body) {
        int times = body.hasNonNull("times") ? AdminFields.requiredInt(body, "times", 1, MAX_TIMES) : 1;
        asyncFailures.arm(AdminFields.required(body, "operation"), times);
        return asyncFailures();
    }

    AsyncFailureList clearAsyncFailures() {
        asyncFailures.clear();
        return asyncFailures();
    }

    /** A fault rule from a FaultRequest body, checked field by field in the order the route always has. */
    private static FaultRule faultRule(JsonNode body) {
        String operation = AdminFields.required(body, "operation");
        if (!operation.equals("*") && ServiceModel.bundled().operation(operation).isEmpty()) {
            throw new IllegalArgumentException("'" + operation + "' is not a Connect operation (or use *)");
        }
        String errorCode = AdminFields.text(body, "errorCode");
        if (errorCode != null && !ServiceModel.bundled().isErrorCode(errorCode)) {
            throw new IllegalArgumentException("'" + errorCode + "' is not an error of the Connect service model");
        }
        return new FaultRule(operation, errorCode, AdminFields.text(body, "message"),
                body.hasNonNull("latency")
                        ? Durations.parseAtMost(body.get("latency").asText(), Durations.MAX_LATENCY, "latency")
                        : Duration.ZERO,
                body.hasNonNull("times") ? AdminFields.requiredInt(body, "times", 1, MAX_TIMES) : -1);
    }
}
