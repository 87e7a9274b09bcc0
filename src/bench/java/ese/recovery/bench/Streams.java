package ese.recovery.bench;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log streams the benchmarks recover: an Exchange 2000 store writes transactions until a given
 * generation is current, then crashes with its checkpoint still at generation 1, so soft recovery
 * replays every log of the stream.
 */
final class Streams {
    static final long SEED = 812592;
    static final EngineProfile PROFILE = EngineProfile.EXCHANGE_2000;

    /** What a crashed stream holds: the logs recovery replays, their bytes and their records. */
    record Crashed(Path folder, int logBytes, List<Path> logs, long bytes, long records) {
    }

    private Streams() {
    }

    static EngineConfig config(Path folder, int logBytes, Disk disk) {
        return EngineConfig.inFolder(folder, PROFILE, SEED, logBytes).withDisk(disk);
    }

    /**
     * Writes a stream of {@code generations} logs of {@code logBytes} into {@code folder} and crashes.
     * Each transaction rewrites 8 pages of 400 bytes out of a working set of 64 (records of about
     * 850 bytes, a block of about 7 KiB per commit); the database keeps 64 pages.
     */
    static Crashed crashed(Path folder, int logBytes, int generations) {
        EngineConfig config = config(folder, logBytes, NioDisk.unforced());
        Store store = Store.create(config);
        new Workload(store).rewriteUntil(generations, 64, 8, 400);
        store.crash();
        return describe(folder, logBytes);
    }

    static Crashed describe(Path folder, int logBytes) {
        Disk disk = NioDisk.unforced();
        LogFolder logs = LogFolder.read(disk, folder, new LogNames(PROFILE.logBase()));
        List<Path> replayed = new ArrayList<>(logs.numbered().values());
        logs.current().ifPresent(replayed::add);
        long bytes = 0;
        long records = 0;
        for (Path p : replayed) {
            bytes += disk.size(p);
            records += LogFile.scan(disk, p).records().size();
        }
        return new Crashed(folder, logBytes, List.copyOf(replayed), bytes, records);
    }

    /** Replaces {@code to} with a copy of the files of {@code from}. */
    static void restore(Path from, Path to) {
        delete(to);
        try {
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
