package dev.connectconformance.simulator.operations;

/** A set of operations on one kind of resource, registering itself by operation name. */
public interface OperationGroup {

    void registerWith(OperationRegistry registry);
}
