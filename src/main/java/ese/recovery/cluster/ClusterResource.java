package ese.recovery.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A cluster resource of type Generic Service: a Windows service the cluster starts and watches, with its
 * registry checkpoints, its state, and the resource it depends on (brought online first).
 */
public final class ClusterResource {
    public static final String GENERIC_SERVICE = "Generic Service";

    private final String name;
    private final UUID id;
    private final String serviceName;
    private final ClusterGroup group;
    private final Optional<ClusterResource> dependsOn;
    private final List<RegistryCheckpoint> checkpoints = new ArrayList<>();
    private ResourceState state = ResourceState.OFFLINE;

    ClusterResource(String name, UUID id, String serviceName, ClusterGroup group, Optional<ClusterResource> dependsOn) {
        this.name = name;
        this.id = id;
        this.serviceName = serviceName;
        this.group = group;
        this.dependsOn = dependsOn;
    }

    public String name() {
        return name;
    }

    /** The resource's identifier, which names its folder of checkpoint files on the quorum disk. */
    public UUID id() {
        return id;
    }

    public String type() {
        return GENERIC_SERVICE;
    }

    public String serviceName() {
        return serviceName;
    }

    public ClusterGroup group() {
        return group;
    }

    public Optional<ClusterResource> dependsOn() {
        return dependsOn;
    }

    public List<RegistryCheckpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    void addCheckpoint(RegistryCheckpoint checkpoint) {
        checkpoints.add(checkpoint);
    }

    public ResourceState state() {
        return state;
    }

    void state(ResourceState s) {
        state = s;
    }
}
