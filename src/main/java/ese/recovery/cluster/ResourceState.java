package ese.recovery.cluster;

/** A cluster resource's state as Cluster Administrator shows it. */
public enum ResourceState {
    ONLINE("Online"), OFFLINE("Offline"), FAILED("Failed");

    private final String shown;

    ResourceState(String shown) {
        this.shown = shown;
    }

    public String shown() {
        return shown;
    }
}
