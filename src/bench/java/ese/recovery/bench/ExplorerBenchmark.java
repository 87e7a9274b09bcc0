package ese.recovery.bench;

import ese.recovery.engine.EngineProfile;
import ese.recovery.explore.Action;
import ese.recovery.explore.Explorer;
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
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The crash explorer's rate in memory: one operation is a whole exploration (every workload of up to
 * {@code actions} actions, crashed at every persistence point of the workload and of its recovery, damaged
 * in every kind, every invariant checked in every state), as {@code CrashExplorerTest} runs it, on
 * {@code threads} threads. Counted: the distinct states checked, reported per second (goal: 10,000), and
 * the process's CPU time per exploration (the explorer's threads, and the collector's and compiler's).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@State(Scope.Benchmark)
public class ExplorerBenchmark {
    static final long SEED = 812592;

    @Param({"2"})
    public int actions;

    @Param({"1", "2"})
    public int threads;

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class States {
        public long states;

        @Setup(Level.Iteration)
        public void reset() {
            states = 0;
        }
    }

    /** CPU time of the whole process per exploration (the exploration runs on a pool, not on the benchmark thread). */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class ProcessCpu {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private long nanos;
        private long operations;
        private long started;

        @Setup(Level.Iteration)
        public void reset() {
            nanos = 0;
            operations = 0;
        }

        void start() {
            started = OS.getProcessCpuTime();
        }

        void stop() {
            nanos += OS.getProcessCpuTime() - started;
            operations++;
        }

        /** Milliseconds of the process's CPU time per exploration in this iteration. */
        public double cpuMsPerOp() {
            return operations == 0 ? Double.NaN : nanos / 1e6 / operations;
        }
    }

    @Benchmark
    public Explorer.Report explore(States counted, ProcessCpu cpu) {
        cpu.start();
        Explorer.Report report = new Explorer(EngineProfile.EXCHANGE_2000, SEED, actions, threads, Arrays.asList(Action.values())).explore();
        cpu.stop();
        if (!report.violations().isEmpty()) {
            throw report.violations().get(0);
        }
        counted.states += report.states();
        return report;
    }
}
