package dev.connectconformance.migration;

import dev.connectconformance.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The ClientToken of a move: a name-based UUID of the number, the group, the plan and the attempt. A rerun of the
 * same plan sends the same token, so the service answers the first move again instead of moving a second time.
 * The attempt only grows when the journal recorded the previous move as FAILED: retrying that is a new move.
 */
public final class ClientTokens {

    private ClientTokens() {
    }

    public static String of(String numberArn, String groupArn, String planDigest, int attempt) {
        String name = "connect-conformance/migrate|" + numberArn + "|" + groupArn + "|" + planDigest + "|" + attempt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A digest of what the plan asks, line by line (number and flow as written); comments, blank lines and the
     * file's name do not change it.
     */
    public static String planDigest(Plan plan) {
        StringBuilder canonical = new StringBuilder();
        plan.entries().forEach(e -> canonical.append(e.number()).append(',').append(e.flow().orElse("")).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
