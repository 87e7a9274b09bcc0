package ese.recovery.host;

/** A service's state as the Services dialog shows it. */
public enum ServiceState {
    STOPPED("Stopped"), RUNNING("Started");

    private final String shown;

    ServiceState(String shown) {
        this.shown = shown;
    }

    public String shown() {
        return shown;
    }
}
