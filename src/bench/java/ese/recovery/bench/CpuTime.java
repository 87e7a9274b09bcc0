package ese.recovery.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The benchmark thread's own CPU time per operation, next to JMH's wall-clock score: on a machine
 * shared with other work, wall-clock time also counts the time the thread waited for a core, CPU
 * time does not (nor does it count the collector's threads).
 */
@AuxCounters(AuxCounters.Type.EVENTS)
@State(Scope.Thread)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long nanos;
    private long operations;
    private long started;

    @Setup(Level.Iteration)
    public void reset() {
        nanos = 0;
        operations = 0;
    }

    void start() {
        started = THREADS.getCurrentThreadCpuTime();
    }

    void stop() {
        nanos += THREADS.getCurrentThreadCpuTime() - started;
        operations++;
    }

    /** Milliseconds of CPU time per operation in this iteration. */
    public double cpuMsPerOp() {
        return operations == 0 ? Double.NaN : nanos / 1e6 / operations;
    }
}
