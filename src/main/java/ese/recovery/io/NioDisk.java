package ese.recovery.io;

import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** {@link Disk} on java.nio.file: works on the default file system and on in-memory ones alike. */
public final class NioDisk implements Disk {
    /** A file and its name, to sort by name without making the name at every comparison. */
    private record Named(String name, Path path) implements Comparable<Named> {
        @Override
        public int compareTo(Named o) {
            return name.compareTo(o.name);
        }
    }
    private final boolean force;

    /** Flushes reach the device (FileChannel.force). */
    public NioDisk() {
        this(true);
    }

    private NioDisk(boolean force) {
        this.force = force;
    }

    /**
     * Flushes are ordered but not forced to the device: for the specification, whose crashes are the
     * model's own (a store's crash drops what it had not written), not the operating system's.
     */
    public static NioDisk unforced() {
        return new NioDisk(false);
    }

    @Override
    public boolean exists(Path file) {
        return Files.exists(file);
    }

    @Override
    public boolean isDirectory(Path path) {
        return Files.isDirectory(path);
    }

    @Override
    public long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw failure(file, "cannot read the size", e);
        }
    }

    @Override
    public byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw failure(file, "cannot read", e);
        }
    }

    @Override
    public byte[] read(Path file, long offset, int length) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(length);
            while (buf.hasRemaining()) {
                if (ch.read(buf, offset + buf.position()) < 0) {
                    break;
                }
            }
            return Arrays.copyOf(buf.array(), buf.position());
        } catch (IOException e) {
            throw failure(file, "cannot read", e);
        }
    }

    @Override
    public void create(Path file, byte[] content) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writeFully(ch, 0, content);
        } catch (IOException e) {
            throw failure(file, "cannot create", e);
        }
    }

    @Override
    public void write(Path file, long offset, byte[] data) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            writeFully(ch, offset, data);
        } catch (IOException e) {
            throw failure(file, "cannot write", e);
        }
    }

    private static void writeFully(FileChannel ch, long offset, byte[] data) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(data);
        while (buf.hasRemaining()) {
            ch.write(buf, offset + buf.position());
        }
    }

    @Override
    public void flush(Path file) {
        if (!force) {
            if (!Files.exists(file)) {
                throw new JetException(JetError.JET_errFileNotFound, file, "cannot flush: no such file");
            }
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw failure(file, "cannot flush", e);
        }
    }

    @Override
    public void rename(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw failure(e instanceof FileAlreadyExistsException ? to : from, "cannot rename to " + to.getFileName(), e);
        }
    }

    @Override
    public void replace(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure(from, "cannot replace " + to.getFileName(), e);
        }
    }

    @Override
    public void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw failure(file, "cannot delete", e);
        }
    }

    @Override
    public List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new JetException(JetError.JET_errInvalidPath, folder, "no such folder");
        }
        try (Stream<Path> s = Files.list(folder)) {
            // sorted by name first (each name made once, then compared as strings), then by the paths' own
            // order, which for the files of one folder is by name too on the file systems we run on: that
            // second sort only checks it (one pass over an ordered array), and orders them where it is not so
            Named[] named = s.filter(Files::isRegularFile).map(p -> new Named(p.getFileName().toString(), p)).toArray(Named[]::new);
            Arrays.sort(named);
            Path[] files = new Path[named.length];
            for (int i = 0; i < named.length; i++) {
                files[i] = named[i].path();
            }
            Arrays.sort(files);
            return List.of(files);
        } catch (IOException e) {
            throw failure(folder, "cannot list", e);
        }
    }

    @Override
    public List<Path> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new JetException(JetError.JET_errInvalidPath, folder, "no such folder");
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw failure(folder, "cannot list", e);
        }
    }

    @Override
    public void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw failure(folder, "cannot create the folder", e);
        }
    }

    private static JetException failure(Path file, String what, IOException e) {
        JetError error;
        if (e instanceof NoSuchFileException) {
            error = JetError.JET_errFileNotFound;
        } else if (e instanceof AccessDeniedException) {
            error = JetError.JET_errFileAccessDenied;
        } else if (e instanceof FileAlreadyExistsException) {
            error = JetError.JET_errFileAccessDenied;
        } else {
            error = JetError.JET_errDiskIO;
        }
        return new JetException(error, file, what + ": " + e.getClass().getSimpleName(), e);
    }
}
