/**
 * The Connect simulator's public entry points and its composition root: {@link
 * dev.connectconformance.simulator.ConnectSimulator} (embedded), {@link
 * dev.connectconformance.simulator.StandaloneSimulator} (the jar's main class), {@link
 * dev.connectconformance.simulator.SimulatorSettings} (with its builder), and {@link
 * dev.connectconformance.simulator.SimulatedConnect} / {@link dev.connectconformance.simulator.SimulatorExtensions},
 * which assemble the parts below into a world and into WireMock extensions.
 *
 * <p>The packages, from the top; each imports only packages further down (ArchitectureTest keeps it so):
 * <pre>
 * junit, wiremock      adapters for users: the JUnit 5 extension, the ExtensionFactory; the only importers of root
 * (root)               entry points, settings, assembly
 * client               the typed admin client and SDK clients for a simulator     -> admin.contract, statefile, realism
 * admin                /__admin/connect routes over the store, clock, faults, realism -> admin.contract, statefile, ...
 * servicequotas, server  Service Quotas (JSON 1.1); Jetty and the edge            -> protocol, config, ...
 * protocol             the request pipeline: routing, input, errors                -> operations, realism, statefile, config
 * operations.catalog   every operation group, in one registry                     -> operations.*
 * operations.*         one subpackage per resource                                -> operations (shared kernel), state
 * realism, statefile   throttling and the propagation delay; the state-file format -> state, time
 * state, faults        the simulated world; injected faults
 * config, admin.contract, security, time   leaves: settings groups, the admin JSON records, edge checks, the clock
 * </pre>
 * The command-line helpers are {@code dev.connectconformance.commandline}, a leaf shared with every command.
 */
package dev.connectconformance.simulator;
