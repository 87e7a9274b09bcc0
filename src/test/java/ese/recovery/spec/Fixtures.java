package ese.recovery.spec;

import ese.recovery.engine.EngineClock;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Stores that several scenarios build the same way, built once per run and copied into each scenario's
 * own folder: the article's E00000A7 case starts from a store whose current log is generation 0xA0, 160
 * logs written one transaction at a time. The first scenario of the run that needs one builds it in its
 * folder, as without this cache; the next ones get a copy of those files in their own folder, and the
 * store itself resumed from its {@link Store.Image} with the engine's clock and randomness where the
 * builder's were: the same files, byte for byte, and the same store as building them again
 * ({@code FixturesTest} checks it, and goes on from both). Keyed by everything that builds it: the
 * engine, the generation, the seed, the log size and the transactions per log. Only for a store that is
 * the scenario's first work on the plain disk (an empty folder; not the disk that can lose power).
 *
 * <p>Emptied when a run starts ({@link Hooks}): what a run copies was built by the code of that run (a
 * mutation-testing run changes the code between runs).
 */
final class Fixtures {
    private static final Map<String, Built> BUILT = new ConcurrentHashMap<>();
    /** Transactions committed in each log by "a store whose current log is generation N". */
    static final int PER_LOG = 3;

    /** What the builder left: its files by relative name, the store's image, the work it committed, its clock and randomness. */
    private record Built(Map<String, byte[]> files, Store.Image image, List<Workload.Committed> committed, long readings, int draws) {
    }

    private Fixtures() {
    }

    static void clear() {
        BUILT.clear();
    }

    /** The engine's clock, as EngineConfig.inFolder's: from 2026-01-05 10:00 UTC, a second per reading; its readings counted. */
    static final class Clock implements EngineClock {
        private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
        private long readings;

        @Override
        public synchronized Instant now() {
            return START.plusSeconds(readings++);
        }

        synchronized long readings() {
            return readings;
        }

        synchronized void readings(long n) {
            readings = n;
        }
    }

    /** The world's engine ({@link World#useProfile} done) gets a store whose current log is {@code generation}, its work remembered. */
    static void storeWhoseCurrentLogIs(World world, EngineProfile engine, int generation) {
        if (!world.onPlainDisk() || !isEmpty(world.folder())) {
            build(world, generation);
            return;
        }
        String key = engine + "/" + generation + "/" + World.SEED + "/" + World.SPEC_LOG_BYTES + "/" + PER_LOG;
        Built built = BUILT.get(key);
        if (built == null) {
            List<Workload.Committed> work = build(world, generation);
            BUILT.put(key, new Built(files(world.folder()), world.store().image(), work, world.clock().readings(), world.config().randomDraws()));
            return;
        }
        copy(built.files(), world.folder());
        world.clock().readings(built.readings());
        EngineConfig config = world.config();
        for (int i = config.randomDraws(); i < built.draws(); i++) {
            config.nextRandom();
        }
        world.store(Store.resume(config, built.image()));
        world.remember(built.committed());
    }

    private static List<Workload.Committed> build(World world, int generation) {
        world.store(Store.create(world.config()));
        List<Workload.Committed> work = world.workload().fillUntil(generation, PER_LOG);
        world.remember(work);
        return work;
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void copy(Map<String, byte[]> files, Path folder) {
        try {
            for (var e : files.entrySet()) {
                Path p = folder.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
