package ese.recovery.bench;

import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.SoftRecovery;
import ese.recovery.io.NioDisk;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest {@code -Xmx} under which soft recovery of a crashed stream succeeds, found by running
 * the recovery in a child JVM (serial collector) under growing heaps: how much memory recovery needs,
 * for a number of generations and a log size. Streams are generated in a real temporary folder.
 */
final class MinimumHeap {
    /** Heaps tried, in MiB. */
    static final int[] HEAPS_MIB = {2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 96, 128, 192, 256};

    record Needed(int generations, int logBytes, long streamBytes, long records, int heapMiB, long recoveryMillis) {
    }

    private MinimumHeap() {
    }

    static Needed measure(int generations, int logBytes) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("ese-heap-");
        try {
            Streams.Crashed pristine = Streams.crashed(root.resolve("pristine"), logBytes, generations);
            Path work = root.resolve("work");
            int lo = 0;
            int hi = HEAPS_MIB.length - 1;
            int found = -1;
            long millis = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Streams.restore(pristine.folder(), work);
                long started = System.nanoTime();
                boolean ok = recoverIn(HEAPS_MIB[mid], work, logBytes, generations);
                long took = (System.nanoTime() - started) / 1_000_000;
                if (ok) {
                    found = mid;
                    millis = took;
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            }
            return new Needed(generations, logBytes, pristine.bytes(), pristine.records(), found < 0 ? -1 : HEAPS_MIB[found], millis);
        } finally {
            Streams.delete(root);
        }
    }

    private static boolean recoverIn(int heapMiB, Path folder, int logBytes, int generations) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heapMiB + "m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), MinimumHeap.class.getName(),
                folder.toString(), Integer.toString(logBytes), Integer.toString(generations)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
        return p.waitFor() == 0;
    }

    /** The child: recovers the folder, exits 0 when recovery succeeded and replayed every generation. */
    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int logBytes = Integer.parseInt(args[1]);
        int generations = Integer.parseInt(args[2]);
        RecoveryResult result = SoftRecovery.run(Streams.config(folder, logBytes, new NioDisk()));
        System.exit(result.succeeded() && result.replayedGenerations().size() == generations ? 0 : 1);
    }
}
