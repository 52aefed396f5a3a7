package dev.connectconformance.migration;

import java.io.PrintWriter;

/** One line per step while the executor runs, for the person watching (standard error); whole lines only. */
public final class Progress {

    private final PrintWriter err;

    public Progress(PrintWriter err) {
        this.err = err;
    }

    public static Progress silent() {
        return new Progress(new PrintWriter(PrintWriter.nullWriter()));
    }

    public synchronized void say(String line) {
        err.println(line);
        err.flush();
    }
}
