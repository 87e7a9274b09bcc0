package ese.recovery.log;

import ese.recovery.io.Disk;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one log stream has in a folder, by name only: the numbered logs by generation, the current
 * log and the temporary log. Headers are read by whoever needs them; listing never opens a file.
 */
public record LogFolder(Path folder, LogNames names, SortedMap<Integer, Path> numbered, Optional<Path> current, Optional<Path> temporary) {

    /**
     * Lists the folder once. Linear in the number of files when the listing comes in generation order
     * (the names of one stream, of one width and case, sorted by name, do): the numbered logs go into a
     * sorted array as they come, with no sorted map to keep balanced.
     */
    public static LogFolder read(Disk disk, Path folder, LogNames names) {
        GenerationMap.Builder numbered = new GenerationMap.Builder();
        Path current = null;
        Path temporary = null;
        for (Path p : disk.list(folder)) {
            String name = p.getFileName().toString();
            if (names.isCurrent(name)) {
                current = p;
            } else if (names.isTemporary(name)) {
                temporary = p;
            } else {
                int gen = names.generationIn(name);
                if (gen > 0) {
                    numbered.add(gen, p);
                }
            }
        }
        return new LogFolder(folder, names, numbered.build(), Optional.ofNullable(current), Optional.ofNullable(temporary));
    }

    /** The log streams that have files in the folder, by base name ({@code E00}, {@code EDB}...), in order. */
    public static SortedSet<String> streams(Disk disk, Path folder) {
        SortedSet<String> bases = new TreeSet<>();
        for (Path p : disk.list(folder)) {
            LogNames.streamOf(p.getFileName().toString()).ifPresent(n -> bases.add(n.base()));
        }
        return Collections.unmodifiableSortedSet(bases);
    }

    public boolean isEmpty() {
        return numbered.isEmpty() && current.isEmpty() && temporary.isEmpty();
    }

    public Optional<Integer> lowestNumbered() {
        return numbered.isEmpty() ? Optional.empty() : Optional.of(numbered.firstKey());
    }

    public Optional<Integer> highestNumbered() {
        return numbered.isEmpty() ? Optional.empty() : Optional.of(numbered.lastKey());
    }
}
