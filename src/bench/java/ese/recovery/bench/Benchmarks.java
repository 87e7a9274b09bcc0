package ese.recovery.bench;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs every benchmark of docs/performance.md and writes the results into {@code reports/}:
 * {@code benchmarks.json} (JMH's own), and {@code benchmarks.md} (each figure next to its baseline,
 * with the ratio, the machine and its load). Arguments: optional regular expressions selecting
 * benchmarks (JMH's include); {@code heap} selects the minimum-heap measurement, run when nothing
 * is selected.
 */
public final class Benchmarks {
    private static final double MIB = 1024.0 * 1024.0;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path reports = Path.of("reports");
        Files.createDirectories(reports);
        String loadBefore = load();
        List<String> includes = new ArrayList<>(List.of(args));
        boolean heap = includes.isEmpty() || includes.remove("heap");
        Collection<RunResult> results = List.of();
        if (includes.size() > 0 || args.length == 0) {
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .resultFormat(ResultFormatType.JSON)
                    .result(reports.resolve("benchmarks.json").toString());
            if (includes.isEmpty()) {
                options.include(Benchmarks.class.getPackageName() + ".*Benchmark");
            }
            includes.forEach(options::include);
            results = new Runner(options.build()).run();
        }
        List<MinimumHeap.Needed> heaps = new ArrayList<>();
        if (heap) {
            for (int[] c : new int[][]{{10, 64 * 1024}, {100, 64 * 1024}, {1000, 64 * 1024}, {10, 1024 * 1024}, {10, 5 * 1024 * 1024}}) {
                MinimumHeap.Needed n = MinimumHeap.measure(c[0], c[1]);
                System.out.println("Minimum heap: " + n);
                heaps.add(n);
            }
        }
        String summary = summary(results, heaps, loadBefore, load());
        Files.writeString(reports.resolve("benchmarks.md"), summary);
        System.out.println(summary);
    }

    static String summary(Collection<RunResult> results, List<MinimumHeap.Needed> heaps, String loadBefore, String loadAfter) throws IOException {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Run ").append(Instant.now()).append(" on ").append(machine()).append(".\n");
        md.append("Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter).append(".\n\n");

        Map<String, RunResult> byKey = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            StringBuilder key = new StringBuilder(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
            for (String p : r.getParams().getParamsKeys()) {
                key.append(' ').append(p).append('=').append(r.getParams().getParam(p));
            }
            byKey.put(key.toString(), r);
        }

        List<String> replay = byKey.keySet().stream().filter(k -> k.startsWith("ReplayBenchmark.softRecovery")).toList();
        if (!replay.isEmpty()) {
            md.append("## Replay throughput against read + CRC-32C of the same bytes (goal: ratio >= 0.7)\n\n");
            md.append("Wall clock (JMH's score, ± its 99.9% error) and the benchmark thread's CPU time per run over the same bytes.\n\n");
            md.append("| log size | storage | replay MiB/s | replay records/s | scan only MiB/s | read + CRC-32C MiB/s | **ratio** replay / read + CRC | CPU ms: replay / scan / read + CRC | **CPU ratio** read + CRC / replay |\n");
            md.append("|---|---|---|---|---|---|---|---|---|\n");
            for (String k : replay) {
                RunResult r = byKey.get(k);
                RunResult base = byKey.get(k.replace("softRecovery", "readAndChecksum"));
                RunResult scan = byKey.get(k.replace("softRecovery", "scan"));
                double mibs = secondary(r, "bytes") / MIB;
                double baseMibs = secondary(base, "bytes") / MIB;
                double scanMibs = secondary(scan, "bytes") / MIB;
                double cpu = cpuMs(r);
                double cpuScan = cpuMs(scan);
                double cpuBase = cpuMs(base);
                md.append(String.format(Locale.ROOT, "| %s MiB | %s | %.0f ± %.0f | %,.0f | %.0f ± %.0f | %.0f ± %.0f | **%.2f** | %.1f / %.1f / %.1f | **%.2f** |%n",
                        r.getParams().getParam("logMiB"), r.getParams().getParam("storage"), mibs, error(r, "bytes") / MIB,
                        secondary(r, "records"), scanMibs, error(scan, "bytes") / MIB,
                        baseMibs, error(base, "bytes") / MIB, mibs / baseMibs, cpu, cpuScan, cpuBase, cpuBase / cpu));
            }
            md.append('\n');
        }

        for (String[] bench : new String[][]{{"GenerationsBenchmark.listAndFindGaps", "Listing and gap detection"},
                {"GenerationsBenchmark.softRecovery", "Soft recovery (logs of 16 KiB)"}}) {
            List<String> keys = byKey.keySet().stream().filter(k -> k.startsWith(bench[0] + " ")).toList();
            if (keys.isEmpty()) {
                continue;
            }
            md.append("## ").append(bench[1]).append(": cost per generation (goal: flat within 20%)\n\n");
            md.append("| generations | naming | µs per generation (wall) | ratio to the cheapest | µs per generation (CPU) | ratio to the cheapest |\n|---|---|---|---|---|---|\n");
            Map<String, List<double[]>> series = new TreeMap<>();
            List<String> fits = new ArrayList<>();
            for (String k : keys) {
                RunResult r = byKey.get(k);
                String naming = r.getParams().getParam("naming");
                int n = Integer.parseInt(r.getParams().getParam("generations"));
                series.computeIfAbsent(naming == null ? "-" : naming, x -> new ArrayList<>())
                        .add(new double[]{n, 1e6 / secondary(r, "generations"), cpuMs(r) * 1000 / n});
            }
            for (var e : series.entrySet()) {
                List<double[]> points = e.getValue();
                points.sort((a, b) -> Double.compare(a[0], b[0]));
                double[] min = new double[3];
                double[] max = new double[3];
                for (int c = 1; c <= 2; c++) {
                    int col = c;
                    min[c] = points.stream().mapToDouble(v -> v[col]).min().orElse(Double.NaN);
                    max[c] = points.stream().mapToDouble(v -> v[col]).max().orElse(Double.NaN);
                }
                for (double[] v : points) {
                    md.append(String.format(Locale.ROOT, "| %,d | %s | %.2f | %.2f | %.2f | %.2f |%n", (int) v[0], e.getKey(), v[1], v[1] / min[1], v[2], v[2] / min[2]));
                }
                md.append(String.format(Locale.ROOT, "| | %s: most / least | | **%.2f** | | **%.2f** |%n", e.getKey(), max[1] / min[1], max[2] / min[2]));
                for (int c = 1; c <= 2; c++) {
                    // time(N) = fixed + N x marginal, least squares over the points: what a run costs whatever its length
                    double sn = 0, st = 0, snn = 0, snt = 0;
                    for (double[] v : points) {
                        double t = v[0] * v[c];
                        sn += v[0];
                        st += t;
                        snn += v[0] * v[0];
                        snt += v[0] * t;
                    }
                    int k = points.size();
                    double marginal = (k * snt - sn * st) / (k * snn - sn * sn);
                    double fixed = (st - marginal * sn) / k;
                    fits.add(String.format(Locale.ROOT, "%s, %s, %s: fixed %.0f µs a run + %.2f µs a generation",
                            bench[1], e.getKey(), c == 1 ? "wall" : "CPU", fixed, marginal));
                }
            }
            md.append('\n');
            fits.forEach(f -> md.append("- ").append(f).append('\n'));
            md.append('\n');
        }

        RunResult spec = byKey.get("SpecOverheadBenchmark.specification");
        RunResult noop = byKey.get("SpecOverheadBenchmark.noOpScenarios");
        if (spec != null && noop != null) {
            double s = spec.getPrimaryResult().getScore();
            double n = noop.getPrimaryResult().getScore();
            md.append("## The specification against as many no-op scenarios (goal: ratio <= 1.5)\n\n");
            double sc = cpuMs(spec);
            double nc = cpuMs(noop);
            md.append("| suite | ms per run (wall) | ratio | CPU ms per run | CPU ratio |\n|---|---|---|---|---|\n");
            md.append(String.format(Locale.ROOT, "| every feature, with its glue | %.0f ± %.0f | **%.2f** | %.0f | **%.2f** |%n",
                    s, spec.getPrimaryResult().getScoreError(), s / n, sc, sc / nc));
            md.append(String.format(Locale.ROOT, "| no-op scenarios, same steps | %.0f ± %.0f | 1.00 | %.0f | 1.00 |%n%n", n, noop.getPrimaryResult().getScoreError(), nc));
        }

        if (!heaps.isEmpty()) {
            md.append("## Smallest -Xmx under which soft recovery succeeds (serial collector)\n\n");
            md.append("| generations | log size | stream | records | smallest -Xmx | recovery at that heap |\n|---|---|---|---|---|---|\n");
            for (MinimumHeap.Needed n : heaps) {
                md.append(String.format(Locale.ROOT, "| %,d | %s KiB | %.1f MiB | %,d | **%d MiB** | %d ms |%n",
                        n.generations(), n.logBytes() / 1024, n.streamBytes() / MIB, n.records(), n.heapMiB(), n.recoveryMillis()));
            }
            md.append('\n');
        }
        List<String> explore = byKey.keySet().stream().filter(k -> k.startsWith("ExplorerBenchmark.explore")).toList();
        if (!explore.isEmpty()) {
            md.append("## Crash-state exploration rate in memory (goal: 10,000 states/s)\n\n");
            md.append("One operation is a whole exploration; CPU is the process's (explorer threads, collector, compiler).\n\n");
            md.append("| actions | threads | states per exploration | states/s (wall) | **ratio to the goal** | process CPU ms per exploration | states per CPU second |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            for (String k : explore) {
                RunResult r = byKey.get(k);
                double rate = secondary(r, "states");
                double perOp = rate / r.getPrimaryResult().getScore();
                double cpu = cpuMs(r);
                md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,.0f ± %,.0f | **%.2f** | %,.0f | %,.0f |%n",
                        r.getParams().getParam("actions"), r.getParams().getParam("threads"), perOp, rate, error(r, "states"),
                        rate / 10_000, cpu, perOp / cpu * 1000));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static double secondary(RunResult r, String name) {
        if (r == null) {
            return Double.NaN;
        }
        Result<?> s = r.getSecondaryResults().get(name);
        return s == null ? Double.NaN : s.getScore();
    }

    /**
     * CPU milliseconds per operation, averaged over the measurement iterations (JMH adds EVENTS
     * counters up across iterations, so the run's aggregate is the sum).
     */
    private static double cpuMs(RunResult r) {
        if (r == null) {
            return Double.NaN;
        }
        return r.getBenchmarkResults().stream().flatMap(b -> b.getIterationResults().stream())
                .map(i -> i.getSecondaryResults().get("cpuMsPerOp")).filter(java.util.Objects::nonNull)
                .mapToDouble(Result::getScore).average().orElse(Double.NaN);
    }

    private static double error(RunResult r, String name) {
        if (r == null) {
            return Double.NaN;
        }
        Result<?> s = r.getSecondaryResults().get(name);
        return s == null ? Double.NaN : s.getScoreError();
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: the CPU stays unnamed
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "%s, %d cores, %.1f GiB, %s %s, Java %s (%s)", cpu, Runtime.getRuntime().availableProcessors(),
                memory / (MIB * 1024), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }
}
