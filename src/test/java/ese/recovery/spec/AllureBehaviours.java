package ese.recovery.spec;

import ese.recovery.docs.Claims;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseStarted;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.util.ResultsUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Files each scenario in the Allure report's Behaviors tab as article (epic) → section (feature) →
 * rule (story), describes it with the claims it checks, and links each claim to its row of the
 * traceability table ({@code reports/traceability.html}). A Cucumber plugin listed after Allure's in
 * SpecificationIT: when a scenario starts, Allure has just opened its test case, and no hook has run.
 */
public class AllureBehaviours implements ConcurrentEventListener {
    /** The article behind each {@code @article:} tag, as the report names it. */
    private static final Map<String, String> ARTICLES = Map.of(
            "renaming-transaction-logs", "KB 812592",
            "cluster-restore-in-progress-key", "KB Q188674");
    /** The epic of the topics beyond the articles ({@code @topic:} tags): the section is the topic's folder. */
    public static final String BEYOND = "Beyond the articles: the rest of ESE log recovery";
    private static final Map<String, String> TITLES = Map.of(
            "KB 812592", "KB 812592: How and when to manipulate Exchange transaction logs in disaster recovery",
            "KB Q188674", "KB Q188674: Directory Service restore to a cluster fails with event 1002");

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, e -> fileTheScenario(e.getTestCase()));
    }

    private static void fileTheScenario(TestCase scenario) {
        Collection<String> tags = scenario.getTags();
        Claims claims = Claims.read();
        Optional<String> topic = tag(tags, "@article:").isEmpty() ? tag(tags, "@topic:") : Optional.empty();
        String article = topic.isPresent() ? BEYOND : tag(tags, "@article:").map(ARTICLES::get).orElse("(no @article: tag)");
        String section = topic.isPresent() ? scenario.getUri().getPath().replaceAll(".*/features/", "features/").replaceAll("/[^/]*$", "/")
                : tag(tags, "@section:").flatMap(s -> claims.sectionTitle(article, s)).orElse("(no @section: tag)");
        String rule = ruleOf(scenario).orElse(scenario.getName());
        List<Claims.Claim> checked = Claims.idsIn(new ArrayList<>(tags)).stream().flatMap(id -> claims.find(id).stream()).toList();

        StringBuilder description = new StringBuilder("<p><b>").append(esc(TITLES.getOrDefault(article, article)))
                .append("</b>, section <b>").append(esc(section)).append("</b>.<br>Rule: ").append(esc(rule)).append("</p>");
        description.append("<p>Claims of the article this scenario checks:</p><ul>");
        List<Link> links = new ArrayList<>();
        for (Claims.Claim c : checked) {
            description.append("<li><code>").append(c.id()).append("</code> <q>").append(esc(c.sentence())).append("</q>: ")
                    .append(esc(c.claim())).append("</li>");
            links.add(new Link().setName("claim " + c.id()).setUrl("../traceability.html#" + c.id()).setType("claim"));
        }
        description.append("</ul><p>Feature file: <code>").append(esc(featurePath(scenario))).append(':')
                .append(scenario.getLocation().getLine()).append("</code>; its folder after the run: <code>")
                .append(esc(World.folderFor(scenario.getName(), scenario.getLocation().getLine()).toString())).append("</code></p>");

        Allure.getLifecycle().updateTestCase(result -> {
            result.getLabels().removeIf(l -> Set.of("epic", "feature", "story", "parentSuite").contains(l.getName()));
            List<Label> labels = result.getLabels();
            labels.add(ResultsUtils.createEpicLabel(TITLES.getOrDefault(article, article)));
            labels.add(ResultsUtils.createFeatureLabel(section));
            labels.add(ResultsUtils.createStoryLabel(rule));
            labels.add(ResultsUtils.createParentSuiteLabel(TITLES.getOrDefault(article, article)));
            result.getLinks().addAll(links);
            result.setDescriptionHtml(description.toString());
        });
    }

    private static Optional<String> tag(Collection<String> tags, String prefix) {
        return tags.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).findFirst();
    }

    /** The name of the last {@code Rule:} above the scenario in its feature file. */
    private static Optional<String> ruleOf(TestCase scenario) {
        URI uri = scenario.getUri();
        Path file = "file".equals(uri.getScheme()) ? Path.of(uri) : Path.of(uri.getSchemeSpecificPart());
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> rule = Optional.empty();
        for (int i = 0; i < Math.min(scenario.getLocation().getLine(), lines.size()); i++) {
            String l = lines.get(i).trim();
            if (l.startsWith("Rule:")) {
                rule = Optional.of(l.substring("Rule:".length()).trim());
            }
        }
        return rule;
    }

    private static String featurePath(TestCase scenario) {
        String uri = scenario.getUri().toString();
        int i = uri.lastIndexOf("features/");
        return i < 0 ? uri : uri.substring(i);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
