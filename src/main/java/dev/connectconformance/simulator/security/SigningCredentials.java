package dev.connectconformance.simulator.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The access keys the simulator knows when it verifies signatures ({@code --credentials FILE}). One key a line:
 * access key id, secret access key and the 12-digit account it acts as, separated by spaces or tabs; blank
 * lines and lines starting with {@code #} are ignored:
 *
 * <pre>
 * # access key id       secret access key                          account
 * AKIAIOSFODNN7EXAMPLE  wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY   111122223333
 * </pre>
 */
public final class SigningCredentials {

    /** One known key. */
    public record Key(String accessKeyId, String secretAccessKey, String accountId) {
        @Override
        public String toString() {
            return "Key[" + accessKeyId + " -> " + accountId + "]"; // never the secret
        }
    }

    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9]{1,128}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final Map<String, Key> byAccessKeyId;

    private SigningCredentials(Map<String, Key> byAccessKeyId) {
        this.byAccessKeyId = Map.copyOf(byAccessKeyId);
    }

    public static SigningCredentials of(List<Key> keys) {
        Map<String, Key> map = new LinkedHashMap<>();
        for (Key key : keys) {
            if (map.put(key.accessKeyId(), key) != null) {
                throw new IllegalArgumentException("access key id " + key.accessKeyId() + " is listed twice");
            }
        }
        if (map.isEmpty()) {
            throw new IllegalArgumentException("no access keys: signatures could never be verified");
        }
        return new SigningCredentials(map);
    }

    /**
     * Reads a credentials file.
     *
     * @throws IllegalArgumentException naming the file and line of the first mistake
     */
    public static SigningCredentials read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read credentials file " + file + ": " + e.getMessage());
        }
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                keys.add(parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        try {
            return of(keys);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static Key parse(String line) {
        String[] fields = line.split("[ \\t]+");
        if (fields.length != 3) {
            throw new IllegalArgumentException("expected 'ACCESS_KEY_ID SECRET_ACCESS_KEY ACCOUNT', found "
                    + fields.length + " field(s)");
        }
        if (!ACCESS_KEY_ID.matcher(fields[0]).matches()) {
            throw new IllegalArgumentException("'" + fields[0] + "' is not an access key id (letters and digits)");
        }
        if (!ACCOUNT.matcher(fields[2]).matches()) {
            throw new IllegalArgumentException("the account must be 12 digits, not '" + fields[2] + "'");
        }
        return new Key(fields[0], fields[1], fields[2]);
    }

    public Optional<Key> find(String accessKeyId) {
        return Optional.ofNullable(byAccessKeyId.get(accessKeyId));
    }

    public int size() {
        return byAccessKeyId.size();
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + byAccessKeyId.size() + " key(s)]";
    }
}
