package dev.connectconformance.simulator.config;

/**
 * The settings of one simulated service, by subject: what the request pipeline and the server's edge read. The
 * listening port and the state files are the business of the server and of the composition root, not here.
 */
public record SimulationSettings(AccountDefaults accounts, Limits limits, Timing timing, EdgeSettings edge) {
}
