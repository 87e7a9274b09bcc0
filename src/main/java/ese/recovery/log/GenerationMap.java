package ese.recovery.log;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * The numbered logs of a folder by generation, in two sorted arrays: an unmodifiable {@link SortedMap}
 * built in one pass from a listing that is already in generation order (names of one width and case,
 * sorted by name, are), and by a sort only when it is not. Looking up a generation is a binary search;
 * a range ({@link #tailMap} and the like) is a view on the same arrays.
 */
final class GenerationMap extends AbstractMap<Integer, Path> implements SortedMap<Integer, Path> {
    private final int[] generations;
    private final Path[] paths;
    private final int from;
    private final int to;

    private GenerationMap(int[] generations, Path[] paths, int from, int to) {
        this.generations = generations;
        this.paths = paths;
        this.from = from;
        this.to = to;
    }

    /** Collects (generation, path) pairs in listing order; a generation listed twice keeps its last path, as a map's put does. */
    static final class Builder {
        private int[] generations = new int[16];
        private Path[] paths = new Path[16];
        private int size;
        private boolean ordered = true;

        void add(int generation, Path path) {
            if (size == generations.length) {
                generations = Arrays.copyOf(generations, size * 2);
                paths = Arrays.copyOf(paths, size * 2);
            }
            if (size > 0 && generation <= generations[size - 1]) {
                ordered = false;
            }
            generations[size] = generation;
            paths[size] = path;
            size++;
        }

        GenerationMap build() {
            if (!ordered) {
                sortKeepingTheLastOfEachGeneration();
            }
            return new GenerationMap(generations, paths, 0, size);
        }

        private void sortKeepingTheLastOfEachGeneration() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // stable: among equal generations the listing order stays, and the last one is kept below
            Arrays.sort(order, Comparator.comparingInt(i -> generations[i]));
            int[] g = new int[size];
            Path[] p = new Path[size];
            int n = 0;
            for (int k = 0; k < size; k++) {
                int i = order[k];
                if (n > 0 && g[n - 1] == generations[i]) {
                    p[n - 1] = paths[i];
                } else {
                    g[n] = generations[i];
                    p[n] = paths[i];
                    n++;
                }
            }
            generations = g;
            paths = p;
            size = n;
        }
    }

    /** The index of {@code generation} in [from, to), or where it would go (as Arrays.binarySearch). */
    private int search(int generation) {
        return Arrays.binarySearch(generations, from, to, generation);
    }

    private int indexOf(Object key) {
        if (!(key instanceof Integer g)) {
            return -1;
        }
        int i = search(g);
        return i >= 0 ? i : -1;
    }

    private int lowerBound(int generation) {
        int i = search(generation);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public Path get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : paths[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean isEmpty() {
        return to == from;
    }

    @Override
    public Comparator<? super Integer> comparator() {
        return null;
    }

    @Override
    public SortedMap<Integer, Path> subMap(Integer fromKey, Integer toKey) {
        if (fromKey > toKey) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        return new GenerationMap(generations, paths, Math.max(from, lowerBound(fromKey)), Math.min(to, Math.max(lowerBound(fromKey), lowerBound(toKey))));
    }

    @Override
    public SortedMap<Integer, Path> headMap(Integer toKey) {
        return new GenerationMap(generations, paths, from, Math.min(to, lowerBound(toKey)));
    }

    @Override
    public SortedMap<Integer, Path> tailMap(Integer fromKey) {
        return new GenerationMap(generations, paths, Math.max(from, lowerBound(fromKey)), to);
    }

    @Override
    public Integer firstKey() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return generations[from];
    }

    @Override
    public Integer lastKey() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return generations[to - 1];
    }

    @Override
    public Set<Entry<Integer, Path>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Integer, Path>> iterator() {
                return new Iterator<>() {
                    private int i = from;

                    @Override
                    public boolean hasNext() {
                        return i < to;
                    }

                    @Override
                    public Entry<Integer, Path> next() {
                        if (i >= to) {
                            throw new NoSuchElementException();
                        }
                        Entry<Integer, Path> e = new SimpleImmutableEntry<>(generations[i], paths[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }
}
