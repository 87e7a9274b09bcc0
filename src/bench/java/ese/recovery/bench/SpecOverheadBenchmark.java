package ese.recovery.bench;

import io.cucumber.core.cli.Main;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The specification's own cost: every feature under {@code features/} with its glue, against as many
 * no-op scenarios (the same number of steps each, one step definition that does nothing), both with
 * the plugins the specification runs with (summary, HTML, JUnit XML, Allure), in the same fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class SpecOverheadBenchmark {
    private Path out;
    private Path noOpFeatures;
    private int scenarios;

    @Setup(Level.Trial)
    public void shapeNoOpSuite() throws IOException {
        out = Files.createTempDirectory("ese-spec-bench-");
        System.setProperty("allure.results.directory", out.resolve("allure-results").toString());
        ScenarioShape.STEPS.clear();
        ScenarioShape.FAILED.clear();
        if (run("features", "ese.recovery.spec", "ese.recovery.bench.ScenarioShape") != 0 || !ScenarioShape.FAILED.isEmpty()) {
            throw new IllegalStateException("the specification does not pass: " + ScenarioShape.FAILED);
        }
        List<Integer> steps = new ArrayList<>(ScenarioShape.STEPS);
        scenarios = steps.size();
        StringBuilder feature = new StringBuilder("Feature: No-op scenarios shaped like the specification's\n");
        for (int i = 0; i < steps.size(); i++) {
            feature.append("\n  Scenario: no-op scenario ").append(i + 1).append('\n');
            for (int s = 0; s < steps.get(i); s++) {
                feature.append("    ").append(s == 0 ? "Given" : s == steps.get(i) - 1 ? "Then" : "And")
                        .append(" step ").append(s + 1).append(" of scenario ").append(i + 1).append('\n');
            }
        }
        noOpFeatures = out.resolve("noop");
        Files.createDirectories(noOpFeatures);
        Files.writeString(noOpFeatures.resolve("noop.feature"), feature);
        System.out.println("Specification: " + scenarios + " scenarios, " + steps.stream().mapToInt(Integer::intValue).sum() + " steps");
    }

    @TearDown(Level.Trial)
    public void clean() {
        Streams.delete(out);
    }

    private byte run(String features, String glue, String... extraPlugins) {
        List<String> args = new ArrayList<>(List.of(features, "--glue", glue, "--monochrome",
                "--plugin", "summary",
                "--plugin", "html:" + out.resolve("cucumber.html"),
                "--plugin", "junit:" + out.resolve("cucumber-junit.xml"),
                "--plugin", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm"));
        for (String p : extraPlugins) {
            args.add("--plugin");
            args.add(p);
        }
        return Main.run(args.toArray(String[]::new), Thread.currentThread().getContextClassLoader());
    }

    @Benchmark
    public byte specification(CpuTime cpu) {
        cpu.start();
        byte status = run("features", "ese.recovery.spec");
        if (status != 0) {
            throw new IllegalStateException("the specification failed");
        }
        cpu.stop();
        return status;
    }

    @Benchmark
    public byte noOpScenarios(CpuTime cpu) {
        cpu.start();
        byte status = run(noOpFeatures.toString(), "ese.recovery.bench.noop");
        cpu.stop();
        return status;
    }
}
