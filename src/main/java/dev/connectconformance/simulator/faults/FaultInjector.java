package dev.connectconformance.simulator.faults;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The faults currently armed; each call of an operation consumes one use of the first matching rule. */
public final class FaultInjector {

    private record Armed(FaultRule rule, AtomicInteger remaining) {
    }

    /** A rule still in force, with how many more calls it will hit (negative: every call). */
    public record ArmedFault(FaultRule rule, int remaining) {
    }

    private final List<Armed> armed = new CopyOnWriteArrayList<>();

    public void arm(FaultRule rule) {
        armed.add(new Armed(rule, new AtomicInteger(rule.times())));
    }

    public Optional<FaultRule> next(String operation) {
        for (Armed a : armed) {
            if (!a.rule().appliesTo(operation)) {
                continue;
            }
            if (a.rule().times() < 0) {
                return Optional.of(a.rule());
            }
            if (a.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return Optional.of(a.rule());
            }
            armed.remove(a);
        }
        return Optional.empty();
    }

    public List<ArmedFault> armed() {
        return armed.stream().filter(a -> a.rule().times() < 0 || a.remaining().get() > 0)
                .map(a -> new ArmedFault(a.rule(), a.rule().times() < 0 ? -1 : a.remaining().get())).toList();
    }

    public void clear() {
        armed.clear();
    }
}
