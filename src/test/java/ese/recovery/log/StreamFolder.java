package ese.recovery.log;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.io.NioDisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Real log-stream folders for tests, made by the engine model: a store that wrote logs up to a
 * generation and stopped abnormally, and the hand edits an operator might make to its files.
 */
public final class StreamFolder {
    /** Small logs keep test folders small; the format is the same at 5 MiB. */
    public static final int LOG_BYTES = 64 * 1024;

    private StreamFolder() {
    }

    /** A store whose current log is {@code currentGeneration}, stopped abnormally: logs 1 to current-1, E00.log, checkpoint, database. */
    public static Path crashedStore(Path folder, EngineProfile profile, long seed, int currentGeneration) {
        Store store = Store.create(config(folder, profile, seed));
        new Workload(store).fillUntil(currentGeneration, 3);
        store.crash();
        return folder;
    }

    /** An engine on the folder; flushes are ordered but not forced to the device, which tests need not wait for. */
    public static EngineConfig config(Path folder, EngineProfile profile, long seed) {
        return EngineConfig.inFolder(folder, profile, seed, LOG_BYTES).withDisk(NioDisk.unforced());
    }

    /** The same, for Exchange 2000 with the seed the specification uses. */
    public static Path crashedStore(Path folder, int currentGeneration) {
        return crashedStore(folder, EngineProfile.EXCHANGE_2000, 812592, currentGeneration);
    }

    public static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void rename(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flips every bit of the byte at {@code offset}, as a bad sector would. */
    public static void flipByte(Path file, long offset) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, offset);
            one.flip();
            byte b = one.get();
            ch.write(ByteBuffer.wrap(new byte[] {(byte) ~b}), offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
