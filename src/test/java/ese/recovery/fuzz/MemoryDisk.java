package ese.recovery.fuzz;

import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A read-mostly in-memory disk for the fuzz tests: the parsers read the fuzzed bytes as a file. */
final class MemoryDisk implements Disk {
    private final Map<Path, byte[]> files = new TreeMap<>();

    MemoryDisk with(Path file, byte[] content) {
        files.put(file, content.clone());
        return this;
    }

    private byte[] get(Path file) {
        byte[] b = files.get(file);
        if (b == null) {
            throw new JetException(JetError.JET_errFileNotFound, file, "no such file");
        }
        return b;
    }

    @Override
    public boolean exists(Path file) {
        return files.containsKey(file);
    }

    @Override
    public boolean isDirectory(Path path) {
        return files.keySet().stream().anyMatch(f -> path.equals(f.getParent()));
    }

    @Override
    public long size(Path file) {
        return get(file).length;
    }

    @Override
    public byte[] read(Path file) {
        return get(file).clone();
    }

    @Override
    public byte[] read(Path file, long offset, int length) {
        byte[] b = get(file);
        if (offset >= b.length) {
            return new byte[0];
        }
        return Arrays.copyOfRange(b, (int) offset, (int) Math.min(b.length, offset + length));
    }

    @Override
    public void create(Path file, byte[] content) {
        throw new IllegalStateException("a parser wrote " + file);
    }

    @Override
    public void write(Path file, long offset, byte[] data) {
        throw new IllegalStateException("a parser wrote " + file);
    }

    @Override
    public void flush(Path file) {
        throw new IllegalStateException("a parser flushed " + file);
    }

    @Override
    public void rename(Path from, Path to) {
        throw new IllegalStateException("a parser renamed " + from);
    }

    @Override
    public void replace(Path from, Path to) {
        throw new IllegalStateException("a parser replaced " + to);
    }

    @Override
    public void delete(Path file) {
        throw new IllegalStateException("a parser deleted " + file);
    }

    @Override
    public List<Path> list(Path folder) {
        return files.keySet().stream().filter(f -> folder.equals(f.getParent())).toList();
    }

    @Override
    public List<Path> entries(Path folder) {
        return list(folder);
    }

    @Override
    public void createDirectories(Path folder) {
        throw new IllegalStateException("a parser created " + folder);
    }
}
