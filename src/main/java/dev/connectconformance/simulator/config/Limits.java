package dev.connectconformance.simulator.config;

/**
 * What protects a simulator from its callers: the largest request body, the ClientTokens an account may hold
 * within their retention window, and how many accounts it holds at once (a request from one more is refused).
 */
public record Limits(int maxRequestBodyBytes, int idempotencyTokensPerAccount, int maxAccounts) {
}
