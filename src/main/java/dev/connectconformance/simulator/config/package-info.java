/**
 * The settings the parts of the simulator take, grouped by subject: {@link
 * dev.connectconformance.simulator.config.Limits} (what protects it), {@link
 * dev.connectconformance.simulator.config.AccountDefaults} (which account a key acts as, the quota it starts with),
 * {@link dev.connectconformance.simulator.config.Timing} (the settle delay and the clock time runs on) and {@link
 * dev.connectconformance.simulator.config.EdgeSettings} (who may call it), together {@link
 * dev.connectconformance.simulator.config.SimulationSettings}. Realism's settings live with {@code ThrottleMode}
 * in {@code realism}.
 *
 * <p>A leaf: it imports only {@code security}, so every package of the simulator can take its settings from here
 * instead of from {@code SimulatorSettings}, the public record in the root package that users build and that
 * makes these groups. Validation happens there, once, with the messages users see.
 */
package dev.connectconformance.simulator.config;
