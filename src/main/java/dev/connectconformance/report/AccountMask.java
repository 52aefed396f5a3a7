package dev.connectconformance.report;

/** Hides an account id on the page: 123456789012 becomes ********9012. */
public final class AccountMask {

    private static final int VISIBLE = 4;

    private AccountMask() {
    }

    public static String mask(String account) {
        String trimmed = account.trim();
        if (trimmed.length() <= VISIBLE) {
            return "*".repeat(trimmed.length());
        }
        return "*".repeat(trimmed.length() - VISIBLE) + trimmed.substring(trimmed.length() - VISIBLE);
    }
}
