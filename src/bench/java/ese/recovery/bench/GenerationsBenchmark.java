package ese.recovery.bench;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.SoftRecovery;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cost per generation at 10 to 10,000 generations: listing a log folder and finding the gaps in its
 * sequence, with names from the first generation ({@code E0000001.log}) or up to the generation
 * ceiling ({@code E00FFFEF.log}); and soft recovery of a crashed stream of that many logs.
 * Each benchmark counts the generations it went through, reported per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1500m", "-Xmx1500m"})
public class GenerationsBenchmark {
    /** The last generation Exchange 2000/2003 create (JET_errLogSequenceEnd past it). */
    static final int CEILING = 0xFFFEF;
    static final LogNames NAMES = new LogNames(Streams.PROFILE.logBase());

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Generations {
        public long generations;

        @Setup(Level.Iteration)
        public void reset() {
            generations = 0;
        }
    }

    /** A folder of {@code generations} empty numbered logs and {@code E00.log}, on an in-memory file system. */
    @State(Scope.Benchmark)
    public static class Names {
        @Param({"10", "100", "1000", "10000"})
        public int generations;

        @Param({"first", "ceiling"})
        public String naming;

        FileSystem fs;
        Path folder;
        Disk disk = NioDisk.unforced();
        int low;
        int high;

        @Setup(Level.Trial)
        public void create() throws IOException {
            fs = Jimfs.newFileSystem(Configuration.unix());
            folder = fs.getPath("/logs");
            Files.createDirectories(folder);
            high = naming.equals("ceiling") ? CEILING : generations;
            low = high - generations + 1;
            for (int g = low; g <= high; g++) {
                Files.createFile(folder.resolve(NAMES.numbered(g)));
            }
            Files.createFile(folder.resolve(NAMES.current()));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            fs.close();
        }
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public Optional<Integer> listAndFindGaps(Names names, Generations counted, CpuTime cpu) {
        cpu.start();
        LogFolder logs = LogFolder.read(names.disk, names.folder, NAMES);
        Optional<Integer> gap = Optional.empty();
        int expected = logs.lowestNumbered().orElseThrow();
        for (int g : logs.numbered().keySet()) {
            if (g != expected) {
                gap = Optional.of(expected);
                break;
            }
            expected++;
        }
        if (gap.isPresent() || logs.numbered().size() != names.generations) {
            throw new IllegalStateException("the folder should list " + names.generations + " generations without a gap");
        }
        cpu.stop();
        counted.generations += names.generations;
        return gap;
    }

    /** A crashed stream of {@code generations} logs of 16 KiB (the smallest the model accepts), on an in-memory file system. */
    @State(Scope.Benchmark)
    public static class Crashed {
        static final int LOG_BYTES = 16 * 1024;

        @Param({"10", "100", "1000", "10000"})
        public int generations;

        FileSystem fs;
        Streams.Crashed pristine;
        Path work;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            fs = Jimfs.newFileSystem(Configuration.unix());
            pristine = Streams.crashed(fs.getPath("/pristine"), LOG_BYTES, generations);
            work = fs.getPath("/work");
        }

        @Setup(Level.Invocation)
        public void restore() {
            Streams.restore(pristine.folder(), work);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            fs.close();
        }
    }

    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 3, time = 2)
    public RecoveryResult softRecovery(Crashed crashed, Generations counted, CpuTime cpu) {
        cpu.start();
        EngineConfig config = Streams.config(crashed.work, Crashed.LOG_BYTES, NioDisk.unforced());
        RecoveryResult result = SoftRecovery.run(config);
        if (!result.succeeded() || result.replayedGenerations().size() != crashed.generations) {
            throw new IllegalStateException("recovery should replay " + crashed.generations + " generations: " + result);
        }
        cpu.stop();
        counted.generations += crashed.generations;
        return result;
    }
}
