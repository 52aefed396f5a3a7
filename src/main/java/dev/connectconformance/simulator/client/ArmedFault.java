package dev.connectconformance.simulator.client;

/**
 * A fault in force on the simulator, as its admin API lists it: the fault (with the simulator's default message
 * filled in) and how many more calls it will hit.
 *
 * @param remaining calls the fault will still hit; {@link Fault#EVERY_CALL} when it hits every call
 */
public record ArmedFault(Fault fault, int remaining) {

    public boolean hitsEveryCall() {
        return fault.hitsEveryCall();
    }
}
