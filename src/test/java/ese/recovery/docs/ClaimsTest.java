package ese.recovery.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast, static half of the traceability check (no scenario is run): the tags in the feature
 * files against {@code docs/claims.tsv}. {@link TraceabilityIT} checks, after the run, that each claim
 * has a scenario that passed.
 */
class ClaimsTest {
    private final Traceability traceability = new Traceability(Claims.read(), Specification.written());

    @Test
    void every_claim_tag_names_a_claim_every_scenario_names_one_and_every_claim_has_a_scenario() {
        assertThat(traceability.tagProblems()).as("traceability problems").isEmpty();
    }

    @Test
    void every_feature_folder_readme_maps_each_of_its_claims() throws IOException {
        try (Stream<Path> folders = Files.list(Specification.FEATURES)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path readme = folder.resolve("README.md");
                assertThat(readme).as("every feature folder has a README").isRegularFile();
                String f = Specification.FEATURES.resolve(folder.getFileName()).toString().replace('\\', '/');
                assertThat(traceability.missingFromReadme(f, Files.readString(readme)))
                        .as("claims of %s its README does not name", f).isEmpty();
            }
        }
    }

    @Test
    void a_removed_claim_tag_is_caught() {
        List<SpecScenario> written = Specification.written();
        SpecScenario first = written.stream().filter(s -> !s.claimIds().isEmpty()).findFirst().orElseThrow();
        String removed = first.claimIds().get(0);
        List<SpecScenario> without = written.stream()
                .map(s -> new SpecScenario(s.uri(), s.line(), s.name(), s.feature(), s.rule(),
                        s.tags().stream().filter(t -> !t.equals(Claims.TAG_PREFIX + removed)).toList(), s.status(), s.steps()))
                .toList();
        assertThat(new Traceability(Claims.read(), without).tagProblems())
                .anySatisfy(p -> assertThat(p).startsWith(removed + " ").contains("has no scenario"));
    }

    @Test
    void a_tag_naming_no_claim_is_caught() {
        List<SpecScenario> written = Specification.written();
        SpecScenario first = written.get(0);
        List<String> tags = new java.util.ArrayList<>(first.tags());
        tags.add("@claim:KB812592-DEF-99");
        var changed = new SpecScenario(first.uri(), first.line(), first.name(), first.feature(), first.rule(), tags,
                first.status(), first.steps());
        List<SpecScenario> scenarios = Stream.concat(Stream.of(changed), written.stream().skip(1)).toList();
        assertThat(new Traceability(Claims.read(), scenarios).tagProblems())
                .anySatisfy(p -> assertThat(p).contains("@claim:KB812592-DEF-99 names no claim"));
    }

    @Test
    void claims_file_ids_are_unique_and_sections_match_the_section_tags() {
        Claims claims = Claims.read();
        for (SpecScenario s : traceability.scenarios()) {
            if (s.tags().stream().noneMatch(t -> t.startsWith("@article:"))) {
                continue; // a topic beyond the articles: its sources are in its tags and README, not in docs/claims.tsv
            }
            String article = s.tags().contains("@kb812592") ? "KB 812592" : "KB Q188674";
            assertThat(s.tagValue("@section:")).as("%s has a @section: tag", s.location()).isPresent();
            assertThat(claims.sectionTitle(article, s.tagValue("@section:").get()))
                    .as("%s: @section:%s is a section of %s", s.location(), s.tagValue("@section:").get(), article).isPresent();
        }
    }
}
