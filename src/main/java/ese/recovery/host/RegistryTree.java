package ese.recovery.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Registry keys with their values, as a snapshot: key paths in full ({@code HKEY_LOCAL_MACHINE\SYSTEM\...}),
 * compared without regard to case as Windows does, each with its values by name. What the registry file
 * holds, what a cluster registry checkpoint saves, what {@code reg query /s} prints.
 */
public record RegistryTree(SortedMap<String, Map<String, RegistryData>> keys) {
    public static final String HKLM = "HKEY_LOCAL_MACHINE";

    public RegistryTree {
        SortedMap<String, Map<String, RegistryData>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        keys.forEach((k, v) -> {
            Map<String, RegistryData> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.putAll(v);
            copy.put(path(k), Collections.unmodifiableMap(values));
        });
        keys = Collections.unmodifiableSortedMap(copy);
    }

    public static RegistryTree empty() {
        return new RegistryTree(new TreeMap<>());
    }

    /**
     * A key path in full: {@code HKLM\} becomes {@code HKEY_LOCAL_MACHINE\}; only that root is modelled; no
     * empty names, no trailing backslash.
     */
    public static String path(String path) {
        String p = path.startsWith("HKLM\\") ? HKLM + path.substring(4) : path;
        if (!p.equals(HKLM) && !p.regionMatches(true, 0, HKLM + "\\", 0, HKLM.length() + 1)) {
            throw new IllegalArgumentException("only HKEY_LOCAL_MACHINE is modelled: " + path);
        }
        for (String part : p.split("\\\\", -1)) {
            if (part.isEmpty() || part.chars().anyMatch(c -> c < 0x20 || c > 0xFF || c == ']')) {
                throw new IllegalArgumentException("not a registry key path: '" + path + "'");
            }
        }
        return p;
    }

    /** True when {@code key} is {@code root} or below it. */
    public static boolean within(String key, String root) {
        return key.equalsIgnoreCase(root) || key.regionMatches(true, 0, root + "\\", 0, root.length() + 1);
    }

    /** The parent of a key path, or empty for the root. */
    public static java.util.Optional<String> parent(String key) {
        int i = key.lastIndexOf('\\');
        return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(key.substring(0, i));
    }

    /** The keys at or below {@code root}. */
    public RegistryTree subtree(String root) {
        String r = path(root);
        SortedMap<String, Map<String, RegistryData>> sub = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        keys.forEach((k, v) -> {
            if (within(k, r)) {
                sub.put(k, v);
            }
        });
        return new RegistryTree(sub);
    }

    /** Mutable copies of the keys, for a registry to work on. */
    SortedMap<String, Map<String, RegistryData>> mutableCopy() {
        SortedMap<String, Map<String, RegistryData>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        keys.forEach((k, v) -> {
            Map<String, RegistryData> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.putAll(v);
            copy.put(k, values);
        });
        return copy;
    }

    /**
     * As {@code reg query <key> /s} prints it: each key's full path, then its values indented with their
     * type and data, a blank line between keys.
     */
    public String query() {
        if (keys.isEmpty()) {
            return "(no keys)\n";
        }
        StringBuilder out = new StringBuilder();
        keys.forEach((k, v) -> {
            out.append(k).append('\n');
            Map<String, RegistryData> ordered = new LinkedHashMap<>(v);
            ordered.forEach((name, data) -> out.append("    ").append(name).append("    ").append(data.type())
                    .append("    ").append(data.shown()).append('\n'));
            out.append('\n');
        });
        return out.toString();
    }
}
