package ese.recovery.docs;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.NdjsonToMessageIterable;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.JavaMethod;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.StepDefinition;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestStep;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.query.Query;
import io.cucumber.query.Repository;
import io.cucumber.query.Repository.RepositoryFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The scenarios of the specification, read from the feature files or from a run's Cucumber messages. */
public final class Specification {
    public static final Path FEATURES = Path.of("features");
    /** Written by the {@code message:} plugin of SpecificationIT. */
    public static final Path RUN_MESSAGES = Path.of("target", "cucumber-messages.ndjson");

    private Specification() {
    }

    /** Every scenario as written in features/ (no outcome). */
    public static List<SpecScenario> written() {
        Repository repository = repository();
        GherkinParser parser = GherkinParser.builder().build();
        try (Stream<Path> files = Files.walk(FEATURES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                try (Stream<Envelope> envelopes = parser.parse(f)) {
                    envelopes.forEach(repository::update);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Query query = new Query(repository);
        List<SpecScenario> out = new ArrayList<>();
        for (Pickle p : query.findAllPickles()) {
            out.add(scenario(query, p, Optional.empty(), List.of()));
        }
        out.sort(ORDER);
        return out;
    }

    /** Every scenario of the last run, with its outcome and its steps' glue. */
    public static List<SpecScenario> run(Path messages) {
        Repository repository = repository();
        try (InputStream in = Files.newInputStream(messages);
             NdjsonToMessageIterable envelopes = new NdjsonToMessageIterable(in, new Deserializer())) {
            envelopes.forEach(repository::update);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Query query = new Query(repository);
        List<SpecScenario> out = new ArrayList<>();
        for (TestCaseStarted started : query.findAllTestCaseStarted()) {
            Pickle pickle = query.findPickleBy(started).orElseThrow();
            Optional<String> status = query.findMostSevereTestStepResultBy(started).map(r -> r.getStatus().name());
            List<SpecScenario.Step> steps = new ArrayList<>();
            for (Map.Entry<TestStepFinished, TestStep> e : query.findTestStepFinishedAndTestStepBy(started)) {
                TestStep step = e.getValue();
                if (step.getPickleStepId().isEmpty()) {
                    continue; // a hook
                }
                var pickleStep = query.findPickleStepBy(step).orElseThrow();
                String keyword = query.findStepBy(pickleStep).map(s -> s.getKeyword().trim()).orElse("");
                Optional<JavaMethod> method = query.findUnambiguousStepDefinitionBy(step)
                        .map(StepDefinition::getSourceReference).flatMap(r -> r.getJavaMethod());
                steps.add(new SpecScenario.Step(keyword, pickleStep.getText(),
                        Optional.of(e.getKey().getTestStepResult().getStatus().name()),
                        method.map(JavaMethod::getClassName), method.map(JavaMethod::getMethodName)));
            }
            out.add(scenario(query, pickle, status, steps));
        }
        out.sort(ORDER);
        return out;
    }

    private static final Comparator<SpecScenario> ORDER =
            Comparator.comparing(SpecScenario::uri).thenComparingInt(SpecScenario::line);

    private static Repository repository() {
        return Repository.builder()
                .feature(RepositoryFeature.INCLUDE_GHERKIN_DOCUMENTS, true)
                .feature(RepositoryFeature.INCLUDE_STEP_DEFINITIONS, true)
                .build();
    }

    private static SpecScenario scenario(Query query, Pickle p, Optional<String> status, List<SpecScenario.Step> steps) {
        var lineage = query.findLineageBy(p).orElseThrow();
        int line = query.findLocationOf(p).map(l -> l.getLine().intValue()).orElse(0);
        String feature = lineage.feature().map(f -> f.getName()).orElse("");
        Optional<String> rule = lineage.rule().map(Rule::getName);
        List<String> tags = p.getTags().stream().map(PickleTag::getName).toList();
        return new SpecScenario(relative(p.getUri()), line, p.getName(), feature, rule, tags, status, steps);
    }

    /** features/x/y.feature, whether the run wrote file:///.../features/x/y.feature or a relative path. */
    static String relative(String uri) {
        String path = uri.startsWith("file:") ? Path.of(URI.create(uri)).toString() : uri;
        path = path.replace('\\', '/');
        int i = path.lastIndexOf("features/");
        return i < 0 ? path : path.substring(i);
    }
}
