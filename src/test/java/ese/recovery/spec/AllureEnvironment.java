package ese.recovery.spec;

import ese.recovery.engine.EngineProfile;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunStarted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes, when the specification starts, the Allure report's Environment (engine profiles, driver,
 * seed, log size, Java) and its Categories, which tell a specification failure (the model does not
 * do what the article says: an assertion failed) from a model defect (the model threw).
 */
public class AllureEnvironment implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> write());
    }

    static Path resultsDirectory() {
        return Path.of(System.getProperty("allure.results.directory", "reports/allure-results"));
    }

    private static void write() {
        String profiles = Arrays.stream(EngineProfile.values())
                .map(p -> p.productName() + " (" + p.logBase() + " logs, " + p.databaseName() + ")")
                .collect(Collectors.joining(", "));
        String environment = ""
                + "engine.profiles=" + escape(profiles) + "\n"
                + "ese.driver=" + escape(System.getProperty("ese.driver", "model")) + "\n"
                + "seed=" + World.SEED + "\n"
                + "log.bytes=" + World.SPEC_LOG_BYTES + "\n"
                + "java=" + escape(System.getProperty("java.vendor") + " " + System.getProperty("java.version")) + "\n"
                + "os=" + escape(System.getProperty("os.name") + " " + System.getProperty("os.arch")) + "\n";
        String categories = """
                [
                  {
                    "name": "Specification failures: the model does not do what the article says",
                    "description": "An assertion on what the model read from the files failed.",
                    "matchedStatuses": ["failed"]
                  },
                  {
                    "name": "Model defects: the model threw",
                    "description": "A step ended in an exception the model should not throw here (IllegalStateException, IllegalArgumentException, a JetException that was not expected, a bug).",
                    "matchedStatuses": ["broken"],
                    "traceRegex": "(?s).*(IllegalStateException|IllegalArgumentException|JetException|NullPointerException|IndexOutOfBounds|UncheckedIOException|FormatException).*"
                  },
                  {
                    "name": "Other broken scenarios",
                    "description": "Undefined or ambiguous steps, and anything else that broke.",
                    "matchedStatuses": ["broken", "skipped"]
                  }
                ]
                """;
        try {
            Files.createDirectories(resultsDirectory());
            Files.writeString(resultsDirectory().resolve("environment.properties"), environment, StandardCharsets.ISO_8859_1);
            Files.writeString(resultsDirectory().resolve("categories.json"), categories, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Properties-file escaping for values (Latin-1, backslashes and separators escaped). */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == ':' || c == '=' || c == '#' || c == '!') {
                out.append('\\').append(c);
            } else if (c > 0xFF) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
