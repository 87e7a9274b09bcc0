package ese.recovery.explore;

import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Disk} held in a map, for the explorer: it behaves as {@code NioDisk.unforced()} over a Jimfs
 * file system does (the same results, the same JET errors; {@code MemoryDiskTest} runs both on the same
 * random operations and compares them), without a file system's channels, locks and attributes. It is
 * copied in one step per file: a {@link #copy} shares the files' arrays, and an array once shared (with
 * a copy, or handed out by {@link #shared}) is never changed again: the next write to that file writes a
 * new one. Until then a write changes the file's own array in place.
 *
 * <p>Paths are {@link MemoryPaths}: ordered name by name as Jimfs orders them, their hash computed once,
 * and reaching no file through {@code java.nio.file.Files}. A path of another file system (the machine's,
 * say) is refused loudly, so that a path the model made on the wrong file system cannot go unnoticed.
 */
final class MemoryDisk implements Disk {
    /** Where the explorer's paths come from. */
    static final FileSystem PATHS = MemoryPaths.INSTANCE;

    /** A file's bytes, and whether they may still be changed in place (not shared with a copy or a reader). */
    private static final class Content {
        byte[] bytes;
        boolean shared;

        Content(byte[] bytes, boolean shared) {
            this.bytes = bytes;
            this.shared = shared;
        }
    }

    private final Map<Path, Content> files;
    private final Set<Path> folders;

    MemoryDisk() {
        this.files = new HashMap<>();
        this.folders = new HashSet<>();
        folders.add(PATHS.getPath("/"));
    }

    private MemoryDisk(MemoryDisk other) {
        this.files = new HashMap<>();
        other.files.forEach((p, c) -> {
            c.shared = true;
            files.put(p, new Content(c.bytes, true));
        });
        this.folders = new HashSet<>(other.folders);
    }

    /** An independent copy: the same files and folders. */
    MemoryDisk copy() {
        return new MemoryDisk(this);
    }

    /** Every folder, for a copy of the disk's shape. */
    Set<Path> folders() {
        return Collections.unmodifiableSet(folders);
    }

    /** The file's bytes as stored, not copied (null if there is no such file): never changed afterwards, by anyone. */
    byte[] shared(Path file) {
        Content c = files.get(file);
        if (c == null) {
            return null;
        }
        c.shared = true;
        return c.bytes;
    }

    /** Every file by name, in order, with its bytes as {@link #shared}. */
    java.util.SortedMap<Path, byte[]> files() {
        java.util.SortedMap<Path, byte[]> out = new java.util.TreeMap<>();
        for (Path p : files.keySet()) {
            out.put(p, shared(p));
        }
        return out;
    }

    /** Whether this disk holds the same files, with the same bytes, as {@code other}. */
    boolean sameFiles(MemoryDisk other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        for (var e : files.entrySet()) {
            byte[] mine = e.getValue().bytes;
            byte[] theirs = other.files.get(e.getKey()).bytes;
            if (mine != theirs && !Arrays.equals(mine, theirs)) {
                return false;
            }
        }
        return true;
    }

    private static Path checked(Path p) {
        if (!p.isAbsolute() || p.getFileSystem() != PATHS) {
            throw new IllegalArgumentException("not an absolute path of MemoryDisk.PATHS: " + p);
        }
        return p;
    }

    private static JetException failure(Path file, String what, String exception) {
        JetError error = switch (exception) {
            case "NoSuchFileException" -> JetError.JET_errFileNotFound;
            case "FileAlreadyExistsException" -> JetError.JET_errFileAccessDenied;
            default -> JetError.JET_errDiskIO;
        };
        return new JetException(error, file, what + ": " + exception);
    }

    private Content content(Path file, String what) {
        Content c = files.get(checked(file));
        if (c == null) {
            throw failure(file, what, folders.contains(file) ? "FileSystemException" : "NoSuchFileException");
        }
        return c;
    }

    private byte[] file(Path file, String what) {
        return content(file, what).bytes;
    }

    @Override
    public boolean exists(Path file) {
        return files.containsKey(checked(file)) || folders.contains(file);
    }

    @Override
    public boolean isDirectory(Path path) {
        return folders.contains(checked(path));
    }

    @Override
    public long size(Path file) {
        if (folders.contains(checked(file))) {
            return 0;
        }
        return file(file, "cannot read the size").length;
    }

    @Override
    public byte[] read(Path file) {
        return file(file, "cannot read").clone();
    }

    @Override
    public byte[] read(Path file, long offset, int length) {
        byte[] b = file(file, "cannot read");
        if (offset >= b.length) {
            return new byte[0];
        }
        return Arrays.copyOfRange(b, (int) offset, (int) Math.min(b.length, offset + length));
    }

    @Override
    public void create(Path file, byte[] content) {
        if (exists(file)) {
            throw failure(file, "cannot create", "FileAlreadyExistsException");
        }
        Path parent = file.getParent();
        if (!folders.contains(parent)) {
            throw failure(file, "cannot create", "NoSuchFileException");
        }
        files.put(file, new Content(content.clone(), false));
    }

    @Override
    public void write(Path file, long offset, byte[] data) {
        Content c = content(file, "cannot write");
        if (data.length == 0) {
            return; // nothing written, nothing extended
        }
        int end = Math.toIntExact(offset + data.length);
        if (c.shared || end > c.bytes.length) {
            c.bytes = Arrays.copyOf(c.bytes, Math.max(c.bytes.length, end));
            c.shared = false;
        }
        System.arraycopy(data, 0, c.bytes, (int) offset, data.length);
    }

    @Override
    public void flush(Path file) {
        if (!exists(file)) {
            throw new JetException(JetError.JET_errFileNotFound, file, "cannot flush: no such file");
        }
    }

    @Override
    public void rename(Path from, Path to) {
        notAFolder(from);
        Content c = content(from, "cannot rename to " + to.getFileName());
        if (from.equals(to)) {
            return;
        }
        if (exists(to)) {
            throw failure(to, "cannot rename to " + to.getFileName(), "FileAlreadyExistsException");
        }
        move(from, to, c, "cannot rename to " + to.getFileName());
    }

    @Override
    public void replace(Path from, Path to) {
        notAFolder(from);
        Content c = content(from, "cannot replace " + to.getFileName());
        if (from.equals(to)) {
            return;
        }
        if (folders.contains(checked(to))) {
            throw new UnsupportedOperationException("MemoryDisk does not replace a folder with a file: " + to);
        }
        move(from, to, c, "cannot replace " + to.getFileName());
    }

    private void notAFolder(Path from) {
        if (folders.contains(checked(from))) {
            throw new UnsupportedOperationException("MemoryDisk does not move folders: " + from);
        }
    }

    private void move(Path from, Path to, Content content, String what) {
        if (!folders.contains(to.getParent())) {
            throw failure(from, what, "NoSuchFileException");
        }
        files.remove(from);
        files.put(to, content);
    }

    @Override
    public void delete(Path file) {
        if (files.remove(checked(file)) != null) {
            return;
        }
        if (!folders.contains(file)) {
            throw failure(file, "cannot delete", "NoSuchFileException");
        }
        for (Path p : files.keySet()) {
            if (file.equals(p.getParent())) {
                throw failure(file, "cannot delete", "DirectoryNotEmptyException");
            }
        }
        for (Path p : folders) {
            if (file.equals(p.getParent())) {
                throw failure(file, "cannot delete", "DirectoryNotEmptyException");
            }
        }
        folders.remove(file);
    }

    @Override
    public List<Path> list(Path folder) {
        if (!folders.contains(checked(folder))) {
            throw new JetException(JetError.JET_errInvalidPath, folder, "no such folder");
        }
        List<Path> out = new ArrayList<>();
        for (Path p : files.keySet()) {
            if (folder.equals(p.getParent())) {
                out.add(p);
            }
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public List<Path> entries(Path folder) {
        List<Path> out = new ArrayList<>(list(folder));
        for (Path p : folders) {
            if (folder.equals(p.getParent())) {
                out.add(p);
            }
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public void createDirectories(Path folder) {
        for (Path p = checked(folder); p != null && !folders.contains(p); p = p.getParent()) {
            if (files.containsKey(p)) {
                // the folder itself a file: it exists; a parent a file: no folder to create it in
                throw failure(folder, "cannot create the folder", p.equals(folder) ? "FileAlreadyExistsException" : "NoSuchFileException");
            }
        }
        for (Path p = folder; p != null && folders.add(p); p = p.getParent()) {
            // every missing folder up to the first that exists
        }
    }
}
