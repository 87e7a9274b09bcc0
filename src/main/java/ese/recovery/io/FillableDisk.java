package ese.recovery.io;

import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A volume that can fill up: once {@link #fill() full}, it has no room for another file, and creating one
 * fails with JET_errDiskFull (-1808). Files already on it can still be written in place and renamed, as
 * ESE's pre-formatted logs and reserve logs are; deleting a file frees the volume again. Everything else
 * passes through to the disk underneath.
 */
public final class FillableDisk implements Disk {
    private final Disk disk;
    private boolean full;

    public FillableDisk(Disk disk) {
        this.disk = Objects.requireNonNull(disk);
    }

    /** No room is left for another file. */
    public void fill() {
        full = true;
    }

    /** Room again, as when an operator moves files off the volume. */
    public void free() {
        full = false;
    }

    @Override
    public boolean exists(Path file) {
        return disk.exists(file);
    }

    @Override
    public boolean isDirectory(Path path) {
        return disk.isDirectory(path);
    }

    @Override
    public long size(Path file) {
        return disk.size(file);
    }

    @Override
    public byte[] read(Path file) {
        return disk.read(file);
    }

    @Override
    public byte[] read(Path file, long offset, int length) {
        return disk.read(file, offset, length);
    }

    @Override
    public void create(Path file, byte[] content) {
        if (full) {
            throw new JetException(JetError.JET_errDiskFull, file, "there is no space left on the volume for a new file");
        }
        disk.create(file, content);
    }

    @Override
    public void write(Path file, long offset, byte[] data) {
        disk.write(file, offset, data);
    }

    @Override
    public void flush(Path file) {
        disk.flush(file);
    }

    @Override
    public void rename(Path from, Path to) {
        disk.rename(from, to);
    }

    @Override
    public void replace(Path from, Path to) {
        disk.replace(from, to);
    }

    @Override
    public void delete(Path file) {
        disk.delete(file);
        full = false;
    }

    @Override
    public List<Path> list(Path folder) {
        return disk.list(folder);
    }

    @Override
    public List<Path> entries(Path folder) {
        return disk.entries(folder);
    }

    @Override
    public void createDirectories(Path folder) {
        disk.createDirectories(folder);
    }
}
