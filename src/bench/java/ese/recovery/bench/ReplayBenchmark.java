package ese.recovery.bench;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.SoftRecovery;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.log.LogFile;
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
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Replay throughput of soft recovery over a crashed stream of full logs (1 MiB and 5 MiB), next to
 * the bound in the same run: reading the same log files sequentially and computing their CRC-32C;
 * and, between the two, scanning them (read, verify every block, decode every record) without replay.
 * Both start from the same pristine copy of the folder, restored before every invocation (untimed).
 * {@code memory} runs on an in-memory file system (Jimfs); {@code disk} in a real temporary folder
 * with flushes forced to the device, as the engine runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReplayBenchmark {
    /** About 20 MiB of logs whatever the log size: 20 logs of 1 MiB, 4 of 5 MiB. */
    static final int STREAM_MIB = 20;

    @Param({"1", "5"})
    public int logMiB;

    @Param({"memory", "disk"})
    public String storage;

    private FileSystem memory;
    private Path root;
    private Streams.Crashed pristine;
    private Path work;
    private final Disk disk = new NioDisk();

    /** Bytes and records of the logs replayed, counted per invocation and reported per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Replayed {
        public long bytes;
        public long records;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            records = 0;
        }
    }

    @Setup(Level.Trial)
    public void generate() throws IOException {
        if (storage.equals("memory")) {
            memory = Jimfs.newFileSystem(Configuration.unix());
            root = memory.getPath("/bench");
            Files.createDirectories(root);
        } else {
            root = Files.createTempDirectory("ese-replay-");
        }
        int logBytes = logMiB * 1024 * 1024;
        pristine = Streams.crashed(root.resolve("pristine"), logBytes, STREAM_MIB / logMiB);
        work = root.resolve("work");
    }

    @Setup(Level.Invocation)
    public void restore() {
        Streams.restore(pristine.folder(), work);
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        Streams.delete(root);
        if (memory != null) {
            memory.close();
        }
    }

    @Benchmark
    public RecoveryResult softRecovery(Replayed replayed, CpuTime cpu) {
        cpu.start();
        EngineConfig config = Streams.config(work, pristine.logBytes(), disk);
        RecoveryResult result = SoftRecovery.run(config);
        if (!result.succeeded()) {
            throw new IllegalStateException("recovery failed: " + result);
        }
        cpu.stop();
        replayed.bytes += pristine.bytes();
        replayed.records += pristine.records();
        return result;
    }

    /** Between the two: reading, verifying and decoding every record of the same logs, without replaying them. */
    @Benchmark
    public int scan(Replayed replayed, CpuTime cpu) {
        cpu.start();
        int decoded = 0;
        for (Path log : pristine.logs()) {
            decoded += LogFile.scan(disk, work.resolve(log.getFileName().toString())).records().size();
        }
        cpu.stop();
        replayed.bytes += pristine.bytes();
        replayed.records += decoded;
        return decoded;
    }

    @Benchmark
    public int readAndChecksum(Replayed replayed, CpuTime cpu) throws IOException {
        cpu.start();
        CRC32C crc = new CRC32C();
        for (Path log : pristine.logs()) {
            crc.update(Files.readAllBytes(work.resolve(log.getFileName().toString())));
        }
        cpu.stop();
        replayed.bytes += pristine.bytes();
        replayed.records += pristine.records();
        return (int) crc.getValue();
    }
}
