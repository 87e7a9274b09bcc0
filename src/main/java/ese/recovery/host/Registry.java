package ese.recovery.host;

import ese.recovery.io.Disk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A server's registry (HKEY_LOCAL_MACHINE), kept in a {@link RegistryFile} that every change rewrites, so what
 * is on disk is what a process would read. Keys and value names are compared without regard to case, as in
 * Windows. A running process can hold a key open ({@link #openKey}); restoring a saved subtree over keys that
 * are held open is refused, which is how a cluster registry checkpoint fails to be restored while the
 * service is running outside the cluster (KB Q188674). Listeners hear of every changed key.
 */
public final class Registry {
    private final Disk disk;
    private final Path file;
    private final SortedMap<String, Map<String, RegistryData>> keys;
    private final Map<String, List<String>> openKeys = new TreeMap<>();
    private final List<Consumer<String>> listeners = new ArrayList<>();

    private Registry(Disk disk, Path file, RegistryTree tree) {
        this.disk = disk;
        this.file = file;
        this.keys = tree.mutableCopy();
    }

    /** The registry kept in {@code file}: read strictly when it exists, created empty otherwise. */
    public static Registry open(Disk disk, Path file) {
        if (disk.exists(file)) {
            return new Registry(disk, file, RegistryFile.read(disk, file));
        }
        disk.createDirectories(file.getParent());
        Registry r = new Registry(disk, file, RegistryTree.empty());
        r.save();
        return r;
    }

    public Path file() {
        return file;
    }

    public boolean keyExists(String key) {
        return keys.containsKey(RegistryTree.path(key));
    }

    /** Creates the key and any missing key above it, as RegCreateKeyEx does; the caller saves. */
    private void createQuietly(String key) {
        if (keys.containsKey(key)) {
            return;
        }
        RegistryTree.parent(key).ifPresent(this::createQuietly);
        keys.put(key, new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    }

    /** Sets a value, creating its key if needed. */
    public void setValue(String key, String name, RegistryData data) {
        Objects.requireNonNull(data);
        if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c > 0xFF)) {
            throw new IllegalArgumentException("not a value name: '" + name + "'");
        }
        String k = RegistryTree.path(key);
        createQuietly(k);
        keys.get(k).put(name, data);
        save();
        changed(k);
    }

    public Optional<RegistryData> value(String key, String name) {
        Map<String, RegistryData> values = keys.get(RegistryTree.path(key));
        return values == null ? Optional.empty() : Optional.ofNullable(values.get(name));
    }

    /** The values of a key; empty when there is no such key. */
    public Map<String, RegistryData> values(String key) {
        Map<String, RegistryData> values = keys.get(RegistryTree.path(key));
        return values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Deletes a key and everything below it (RegDeleteTree). Deleting a key that is not there changes nothing. */
    public void deleteKey(String key) {
        String k = RegistryTree.path(key);
        if (keys.keySet().removeIf(x -> RegistryTree.within(x, k))) {
            save();
            changed(k);
        }
    }

    /** A snapshot of the key and everything below it. */
    public RegistryTree export(String key) {
        return snapshot().subtree(key);
    }

    public RegistryTree snapshot() {
        return new RegistryTree(keys);
    }

    /**
     * Puts a saved subtree back in place of the live one at {@code root}: keys and values added since are
     * erased, those removed come back. Refused (returns false, changes nothing) while a process holds a key
     * of that subtree open.
     */
    public boolean restore(String root, RegistryTree saved) {
        String r = RegistryTree.path(root);
        for (String k : saved.keys().keySet()) {
            if (!RegistryTree.within(k, r)) {
                throw new IllegalArgumentException("the saved key " + k + " is not under " + r);
            }
        }
        if (!holdersWithin(r).isEmpty()) {
            return false;
        }
        keys.keySet().removeIf(x -> RegistryTree.within(x, r));
        keys.putAll(saved.mutableCopy());
        RegistryTree.parent(r).ifPresent(this::createQuietly);
        save();
        changed(r);
        return true;
    }

    /**
     * Another process changed the registry file (an operator's regedit, say): the file is read again,
     * strictly, and every key whose values differ from what this process held is announced to the
     * listeners, as Windows notifies a process watching a key (RegNotifyChangeKeyValue); the cluster
     * service learns of changes in a checkpointed subtree that way (KB Q174070). Keys held open stay held.
     * Returns the changed keys, in order.
     */
    public List<String> reread() {
        SortedMap<String, Map<String, RegistryData>> now = RegistryFile.read(disk, file).mutableCopy();
        java.util.SortedSet<String> all = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.addAll(keys.keySet());
        all.addAll(now.keySet());
        List<String> changed = new ArrayList<>();
        for (String k : all) {
            if (!Objects.equals(keys.get(k), now.get(k))) {
                changed.add(k);
            }
        }
        keys.clear();
        keys.putAll(now);
        changed.forEach(this::changed);
        return changed;
    }

    /** A process opens a key and holds it until {@link #closeKeys}. The key must exist. */
    public void openKey(String process, String key) {
        String k = RegistryTree.path(key);
        if (!keys.containsKey(k)) {
            throw new IllegalStateException("no key " + k + " to open");
        }
        openKeys.computeIfAbsent(process, p -> new ArrayList<>()).add(k);
    }

    /** A process closes every key it holds (it stops). */
    public void closeKeys(String process) {
        openKeys.remove(process);
    }

    /** The processes holding a key at or below {@code root} open. */
    public List<String> holdersWithin(String root) {
        String r = RegistryTree.path(root);
        List<String> holders = new ArrayList<>();
        openKeys.forEach((process, held) -> {
            if (held.stream().anyMatch(k -> RegistryTree.within(k, r))) {
                holders.add(process);
            }
        });
        return holders;
    }

    /** Hears the path of every key changed (created, deleted, a value set, a subtree restored). */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    private void changed(String key) {
        for (Consumer<String> l : List.copyOf(listeners)) {
            l.accept(key);
        }
    }

    private void save() {
        RegistryFile.write(disk, file, snapshot());
    }
}
