/**
 * The simulated operations: one subpackage per resource (instances, flows, phonenumbers, trafficdistribution, tags,
 * users) with its operation group and that group's helpers, one method per API operation named after it. What all
 * groups share lives here: the registry and the call's context, one lookup per resource kind ({@link
 * dev.connectconformance.simulator.operations.Resources}), the error they throw ({@link
 * dev.connectconformance.simulator.operations.ConnectError}) and pagination ({@link
 * dev.connectconformance.simulator.operations.Pages}). The subpackages import this package and never the other
 * way round; {@code catalog} lists every group.
 */
package dev.connectconformance.simulator.operations;
