package ese.recovery.cluster;

import java.util.ArrayList;
import java.util.List;

/** A cluster group: resources that move and come online together, e.g. the Exchange group. */
public final class ClusterGroup {
    private final String name;
    private final List<ClusterResource> resources = new ArrayList<>();

    ClusterGroup(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<ClusterResource> resources() {
        return List.copyOf(resources);
    }

    void add(ClusterResource r) {
        resources.add(r);
    }
}
