package ese.recovery.log;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The numbered logs of a folder by generation, in two sorted arrays: an unmodifiable {@link SortedMap}
 * built in one pass from a listing that is already in generation order (names of one width and case,
 * sorted by name, are), and by a sort only when it is not. Looking up a generation is a binary search;
 * the rest is a walk over the arrays in order. Nothing in the model asks for a range of generations: the
 * range views ({@link #subMap} and the like) are copies, for the {@link SortedMap} contract.
 */
final class GenerationMap extends AbstractMap<Integer, Path> implements SortedMap<Integer, Path> {
    private final int[] generations;
    private final Path[] paths;
    private final int size;

    private GenerationMap(int[] generations, Path[] paths, int size) {
        this.generations = generations;
        this.paths = paths;
        this.size = size;
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
            return new GenerationMap(generations, paths, size);
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

    @Override
    public Path get(Object key) {
        if (!(key instanceof Integer g)) {
            return null;
        }
        int i = Arrays.binarySearch(generations, 0, size, g);
        return i < 0 ? null : paths[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Comparator<? super Integer> comparator() {
        return null;
    }

    @Override
    public SortedMap<Integer, Path> subMap(Integer fromKey, Integer toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<Integer, Path> headMap(Integer toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
    }

    @Override
    public SortedMap<Integer, Path> tailMap(Integer fromKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
    }

    @Override
    public Integer firstKey() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return generations[0];
    }

    @Override
    public Integer lastKey() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return generations[size - 1];
    }

    @Override
    public Set<Entry<Integer, Path>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Integer, Path>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Entry<Integer, Path> next() {
                        if (!hasNext()) {
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
                return size;
            }
        };
    }
}
