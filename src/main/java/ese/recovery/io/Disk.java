package ese.recovery.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Every persistence point of the model passes through here: creating, writing, flushing, renaming and
 * deleting files. The real implementation is {@link NioDisk} (any {@link java.nio.file.FileSystem},
 * so a temporary folder or an in-memory file system); a fault-injecting one can sit in its place.
 * Failures are {@link ese.recovery.jet.JetException}s carrying ESE's error for the file.
 */
public interface Disk {
    boolean exists(Path file);

    boolean isDirectory(Path path);

    long size(Path file);

    /** The whole file. */
    byte[] read(Path file);

    /** {@code length} bytes at {@code offset}; fewer only at the end of the file. */
    byte[] read(Path file, long offset, int length);

    /** Creates a new file holding {@code content}; fails if it exists. Not durable until {@link #flush}. */
    void create(Path file, byte[] content);

    /** Writes {@code data} at {@code offset} of an existing file, extending it if needed. Not durable until {@link #flush}. */
    void write(Path file, long offset, byte[] data);

    /** Makes the file's contents durable (FlushFileBuffers). */
    void flush(Path file);

    /** Renames a file; fails if {@code to} exists (MoveFile semantics). */
    void rename(Path from, Path to);

    /** Replaces {@code to} with {@code from} (MoveFileEx with MOVEFILE_REPLACE_EXISTING). */
    void replace(Path from, Path to);

    void delete(Path file);

    /** The regular files directly in {@code folder}, sorted by name. */
    List<Path> list(Path folder);

    /**
     * Every entry directly in {@code folder}, its subfolders as well as its files, sorted by name: what
     * FindFirstFile over {@code folder\*} finds (ESE's ErrLGCheckDir, backup.cxx l.91-130).
     */
    List<Path> entries(Path folder);

    void createDirectories(Path folder);
}
