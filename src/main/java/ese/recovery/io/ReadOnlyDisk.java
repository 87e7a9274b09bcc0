package ese.recovery.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Disk} that only reads: every read goes to the disk underneath, every write is refused.
 * Dumping and verifying files go through one, so they cannot change a byte even by mistake.
 */
public final class ReadOnlyDisk implements Disk {
    private final Disk disk;

    public ReadOnlyDisk(Disk disk) {
        this.disk = Objects.requireNonNull(disk);
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
    public List<Path> list(Path folder) {
        return disk.list(folder);
    }

    @Override
    public List<Path> entries(Path folder) {
        return disk.entries(folder);
    }

    @Override
    public void create(Path file, byte[] content) {
        throw refused("create", file);
    }

    @Override
    public void write(Path file, long offset, byte[] data) {
        throw refused("write", file);
    }

    @Override
    public void flush(Path file) {
        throw refused("flush", file);
    }

    @Override
    public void rename(Path from, Path to) {
        throw refused("rename", from);
    }

    @Override
    public void replace(Path from, Path to) {
        throw refused("replace", from);
    }

    @Override
    public void delete(Path file) {
        throw refused("delete", file);
    }

    @Override
    public void createDirectories(Path folder) {
        throw refused("create the folder", folder);
    }

    private static IllegalStateException refused(String what, Path file) {
        return new IllegalStateException("read-only disk: refused to " + what + " " + file);
    }
}
