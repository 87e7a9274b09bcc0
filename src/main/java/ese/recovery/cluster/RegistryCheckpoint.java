package ese.recovery.cluster;

import ese.recovery.host.Registry;
import ese.recovery.host.RegistryFile;
import ese.recovery.host.RegistryTree;
import ese.recovery.io.Disk;

import java.nio.file.Path;

/**
 * A registry checkpoint of a cluster resource (KB Q174070): a registry key whose whole subtree the cluster
 * saves to a file on the quorum disk ({@code MSCS\<resource id>\00000001.CPT}, here a {@link RegistryFile}),
 * and writes back over the live registry when it brings the resource online, so keys added since the save
 * are erased.
 */
public final class RegistryCheckpoint {
    private final Disk disk;
    private final Registry registry;
    private final String key;
    private final Path file;

    RegistryCheckpoint(Disk disk, Registry registry, String key, Path file) {
        this.disk = disk;
        this.registry = registry;
        this.key = RegistryTree.path(key);
        this.file = file;
    }

    public String key() {
        return key;
    }

    public Path file() {
        return file;
    }

    /** Saves the live subtree to the checkpoint file. */
    public void save() {
        disk.createDirectories(file.getParent());
        RegistryFile.write(disk, file, registry.export(key));
    }

    /** What the checkpoint file holds, read strictly. */
    public RegistryTree saved() {
        return RegistryFile.read(disk, file);
    }

    /** Writes the saved subtree back over the live one; false (nothing changed) while a process holds a key of it open. */
    public boolean restore() {
        return registry.restore(key, saved());
    }

    /** True when a change at {@code changedKey} touches this checkpoint's subtree. */
    boolean covers(String changedKey) {
        return RegistryTree.within(changedKey, key) || RegistryTree.within(key, changedKey);
    }
}
