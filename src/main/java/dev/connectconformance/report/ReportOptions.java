package dev.connectconformance.report;

/** How the page is written: the account is masked unless showAccount is set. */
public record ReportOptions(boolean showAccount) {

    public static ReportOptions defaults() {
        return new ReportOptions(false);
    }
}
