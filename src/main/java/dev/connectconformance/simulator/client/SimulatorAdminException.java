package dev.connectconformance.simulator.client;

/** The simulator's admin API refused a request: its HTTP status and the message it gave. */
public final class SimulatorAdminException extends RuntimeException {

    private final int status;
    private final String simulatorMessage;

    public SimulatorAdminException(String request, int status, String simulatorMessage) {
        super("simulator admin " + request + " answered " + status + ": " + simulatorMessage);
        this.status = status;
        this.simulatorMessage = simulatorMessage;
    }

    public int status() {
        return status;
    }

    public String simulatorMessage() {
        return simulatorMessage;
    }
}
