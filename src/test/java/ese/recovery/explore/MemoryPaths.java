package ese.recovery.explore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The names of the explorer's files: absolute Unix-style paths ({@code /mdbdata/E00.log}) of a file
 * system that holds nothing ({@link MemoryDisk} holds the files). Only what naming needs is here:
 * resolving, parent and file name, comparison (name by name, as Jimfs orders paths), equality and
 * hash (computed once). Anything else, and above all any attempt to reach files through
 * {@code java.nio.file.Files}, is an {@link UnsupportedOperationException}, so it cannot go unnoticed.
 */
final class MemoryPaths extends FileSystem {
    static final MemoryPaths INSTANCE = new MemoryPaths();

    private MemoryPaths() {
    }

    /** A path from its string: absolute ({@code /a/b}) or relative ({@code b}); empty names are dropped. */
    @Override
    public Path getPath(String first, String... more) {
        StringBuilder all = new StringBuilder(first);
        for (String m : more) {
            all.append('/').append(m);
        }
        String text = all.toString();
        boolean absolute = text.startsWith("/");
        List<String> names = new ArrayList<>();
        for (String n : text.split("/")) {
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        return new Name(absolute, names.toArray(new String[0]));
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("the explorer's names are never closed");
    }

    @Override
    public FileSystemProvider provider() {
        throw new UnsupportedOperationException("no file is reached through the explorer's names; MemoryDisk holds them");
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(new Name(true, new String[0]));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of();
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }

    /** One path: absolute or not, and its names. Immutable; its string and hash are computed once. */
    private static final class Name implements Path {
        private final boolean absolute;
        private final String[] names;
        private final String text;
        private final int hash;
        /** Computed when first asked for (a race computes the same value twice, harmlessly). */
        private Path fileName;
        private Path parent;

        Name(boolean absolute, String[] names) {
            this.absolute = absolute;
            this.names = names;
            this.text = (absolute ? "/" : "") + String.join("/", names);
            this.hash = text.hashCode();
        }

        @Override
        public FileSystem getFileSystem() {
            return INSTANCE;
        }

        @Override
        public boolean isAbsolute() {
            return absolute;
        }

        @Override
        public Path getRoot() {
            return absolute ? new Name(true, new String[0]) : null;
        }

        @Override
        public Path getFileName() {
            if (fileName == null && names.length > 0) {
                fileName = names.length == 1 && !absolute ? this : new Name(false, new String[] {names[names.length - 1]});
            }
            return fileName;
        }

        @Override
        public Path getParent() {
            if (names.length == 0 || names.length == 1 && !absolute) {
                return null;
            }
            if (parent == null) {
                parent = new Name(absolute, Arrays.copyOf(names, names.length - 1));
            }
            return parent;
        }

        @Override
        public int getNameCount() {
            return names.length;
        }

        @Override
        public Path getName(int index) {
            return new Name(false, new String[] {names[index]});
        }

        @Override
        public Path subpath(int beginIndex, int endIndex) {
            return new Name(false, Arrays.copyOfRange(names, beginIndex, endIndex));
        }

        @Override
        public boolean startsWith(Path other) {
            Name o = (Name) other;
            return o.absolute == absolute && o.names.length <= names.length
                    && Arrays.equals(names, 0, o.names.length, o.names, 0, o.names.length);
        }

        @Override
        public boolean endsWith(Path other) {
            Name o = (Name) other;
            if (o.absolute) {
                return equals(o);
            }
            return o.names.length <= names.length
                    && Arrays.equals(names, names.length - o.names.length, names.length, o.names, 0, o.names.length);
        }

        @Override
        public Path normalize() {
            for (String n : names) {
                if (n.equals(".") || n.equals("..")) {
                    throw new UnsupportedOperationException("the explorer's names have no . or ..: " + text);
                }
            }
            return this;
        }

        @Override
        public Path resolve(Path other) {
            Name o = (Name) other;
            if (o.absolute) {
                return o;
            }
            String[] all = Arrays.copyOf(names, names.length + o.names.length);
            System.arraycopy(o.names, 0, all, names.length, o.names.length);
            return new Name(absolute, all);
        }

        @Override
        public Path relativize(Path other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public URI toUri() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path toAbsolutePath() {
            if (!absolute) {
                throw new UnsupportedOperationException("the explorer's names have no working directory: " + text);
            }
            return this;
        }

        @Override
        public Path toRealPath(LinkOption... options) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
            throw new UnsupportedOperationException();
        }

        /** Name by name, a shorter path first when it is a prefix of the other (as Jimfs orders its paths). */
        @Override
        public int compareTo(Path other) {
            Name o = (Name) other;
            if (absolute != o.absolute) {
                return absolute ? -1 : 1;
            }
            return Arrays.compare(names, o.names);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Name n && n.hash == hash && n.text.equals(text);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
