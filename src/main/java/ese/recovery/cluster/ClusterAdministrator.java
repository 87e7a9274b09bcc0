package ese.recovery.cluster;

/** Cluster Administrator: what an operator does to cluster resources by name. */
public final class ClusterAdministrator {
    private final Cluster cluster;

    public ClusterAdministrator(Cluster cluster) {
        this.cluster = cluster;
    }

    /** "Bring Online" on a resource. */
    public ResourceState bringOnline(String resource) {
        return cluster.bringOnline(cluster.resource(resource));
    }

    /** "Take Offline" on a resource. */
    public void takeOffline(String resource) {
        cluster.takeOffline(cluster.resource(resource));
    }

    public ResourceState state(String resource) {
        return cluster.resource(resource).state();
    }
}
