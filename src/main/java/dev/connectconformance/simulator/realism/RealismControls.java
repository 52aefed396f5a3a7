package dev.connectconformance.simulator.realism;

/**
 * The opt-in realism of one simulator, changeable while it runs (admin API): throttling and the propagation
 * delay. Run settings, not state: a state file neither holds nor restores them. (The admin client's view of them
 * is {@code client.Realism}.)
 */
public final class RealismControls {

    private final RealismSettings configured;
    private final ApiThrottle throttle;
    private final PropagationDelay propagation;

    public RealismControls(RealismSettings configured) {
        this.configured = configured;
        this.throttle = new ApiThrottle(configured.throttleMode());
        this.propagation = new PropagationDelay(configured.propagationDelay());
    }

    public ApiThrottle throttle() {
        return throttle;
    }

    public PropagationDelay propagation() {
        return propagation;
    }

    /** Back to the configured settings, with full buckets and no kept copies. */
    public void reset() {
        throttle.mode(configured.throttleMode());
        propagation.delay(configured.propagationDelay());
        propagation.clear();
    }
}
