package dev.connectconformance.suite.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a scenario changed on a real account and how to put it back: run newest first after the scenario,
 * whether it passed or failed; one failing undo does not stop the others.
 */
public final class UndoActions {

    private record Action(String description, Runnable run) {
    }

    private final Deque<Action> actions = new ArrayDeque<>();

    public synchronized void add(String description, Runnable run) {
        actions.push(new Action(description, run));
    }

    /** Runs every action; returns a description of each that failed. */
    public synchronized List<String> runAll() {
        List<String> failures = new ArrayList<>();
        while (!actions.isEmpty()) {
            Action action = actions.pop();
            try {
                action.run().run();
            } catch (RuntimeException | AssertionError e) {
                failures.add(action.description() + ": " + e.getMessage());
            }
        }
        return failures;
    }
}
