package dev.connectconformance.simulator.config;

import dev.connectconformance.simulator.security.SigningCredentials;
import java.util.List;
import java.util.Optional;

/**
 * Who may call a simulator: the address it binds (beyond loopback the admin API needs a token), the admin token
 * (null: none), the web origins whose pages may call the API, and the keys signatures are verified with (null:
 * any signature is trusted).
 */
public record EdgeSettings(String bindAddress, String adminToken, List<String> allowedOrigins,
                           SigningCredentials credentials) {

    public EdgeSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public Optional<SigningCredentials> verifiedCredentials() {
        return Optional.ofNullable(credentials);
    }
}
