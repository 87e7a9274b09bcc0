package ese.recovery.spec;

import ese.recovery.advice.SituationReport;
import ese.recovery.advice.Finding;
import ese.recovery.advice.Situation;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The advisor: reading the scenario's folder and saying what situation it is in and what to do. */
public class AdviceSteps {
    private final World world;
    private SituationReport advice;
    private SystemUnderTest.Advised advised;
    private ese.recovery.advice.Advice.Rule rule;
    private ese.recovery.situation.Situation.Made made;

    public AdviceSteps(World world) {
        this.world = world;
    }

    /** A situation of the articles as {@code eserecover create-situation} makes it, in the scenario's folder. */
    @io.cucumber.java.en.Given("the {word} situation, as eserecover create-situation makes it for {engine}")
    public void theSituationAsCreateSituationMakesIt(String name, ese.recovery.engine.EngineProfile engine) {
        world.useProfile(engine);
        made = ese.recovery.situation.Situation.named(name).make(world.folder(), engine, ese.recovery.situation.Situation.DEFAULT_SEED);
    }

    private String situationText() {
        return new String(world.disk().read(world.folder().resolve(ese.recovery.situation.Situation.README)), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Lines of the SITUATION.txt create-situation wrote, in their order, each whole (indentation aside). */
    @Then("SITUATION.txt says:")
    public void situationTxtSays(List<String> lines) {
        assertThat(situationText().lines().map(String::strip).toList()).containsSubsequence(lines.stream().map(String::strip).toList());
    }

    /** docs/cli.md: create-situation's {@code description} is the text of SITUATION.txt. */
    @Then("create-situation's description is the text of SITUATION.txt")
    public void theDescriptionIsTheText() {
        assertThat(made.description()).isEqualTo(situationText());
    }

    @When("the advisor examines the folder")
    public void theAdvisorExaminesTheFolder() {
        advised = world.sut.advise(world);
        advice = advised.situations();
        rule = advised.rule();
    }

    /** The rule of the articles, in the words of {@link ese.recovery.advice.Advice.Rule}'s names: "do not manipulate logs". */
    @Then("the rule of the articles that applies is {string}")
    public void theRuleThatApplies(String words) {
        assertThat(rule).as("%s", advice).isEqualTo(ese.recovery.advice.Advice.Rule.valueOf(words.toUpperCase(java.util.Locale.ROOT).replace(' ', '_')));
    }

    /** The steps the articles' advice gives, in order, the scenario's folder written {@code <folder>}. */
    @Then("the articles' advice is, step by step:")
    public void theArticlesAdviceIsStepByStep(List<String> steps) {
        assertThat(advised.steps().stream().map(this::inTheFolder).toList()).as("%s", advised).isEqualTo(steps);
    }

    @Then("the articles' advice says not to:")
    public void theArticlesAdviceSaysNotTo(List<String> doNot) {
        assertThat(advised.doNot().stream().map(this::inTheFolder).toList()).as("%s", advised).isEqualTo(doNot);
    }

    /** What the articles' advice says it read, a row a file (written from the scenario's folder; the folder itself {@code <folder>}). */
    @Then("the articles' advice read:")
    public void theArticlesAdviceRead(io.cucumber.datatable.DataTable expected) {
        List<List<String>> read = advised.evidence().stream().map(e -> List.of(
                e.file() == null || e.file().equals(world.folder()) ? "<folder>" : inTheFolder(world.folder().relativize(e.file()).toString()),
                inTheFolder(e.shows()))).toList();
        assertThat(read).as("%s", advised).isEqualTo(expected.asLists());
    }

    /** The articles' advice in one paragraph, the scenario's folder written {@code <folder>}. */
    @Then("the articles' advice sums up: {string}")
    public void theArticlesAdviceSumsUp(String summary) {
        assertThat(inTheFolder(advised.summary())).isEqualTo(summary);
    }

    private String inTheFolder(String text) {
        return text.replace(world.folder().toString(), "<folder>");
    }

    @Then("the advisor recognises {string} first")
    public void theAdvisorRecognisesFirst(String words) {
        assertThat(advice.first()).as("%s", advice).hasValueSatisfying(f -> assertThat(f.situation()).isEqualTo(Situation.known(words)));
    }

    @Then("the advisor recognises {string}")
    public void theAdvisorRecognises(String words) {
        assertThat(advice.recognises(Situation.known(words))).as("%s", advice).isTrue();
    }

    @Then("the advisor does not recognise {string}")
    public void theAdvisorDoesNotRecognise(String words) {
        assertThat(advice.recognises(Situation.known(words))).as("%s", advice).isFalse();
    }

    @Then("its advice for {string} cites {string}")
    public void itsAdviceCites(String words, String source) {
        assertThat(finding(words).sources()).as("sources").anySatisfy(s -> assertThat(s).contains(source));
    }

    @Then("its advice for {string} says to {string}")
    public void itsAdviceSaysTo(String words, String action) {
        assertThat(finding(words).toDo()).as("what to do").anySatisfy(s -> assertThat(s).contains(action));
    }

    @Then("its advice for {string} says not to {string}")
    public void itsAdviceSaysNotTo(String words, String action) {
        assertThat(finding(words).notToDo()).as("what not to do").anySatisfy(s -> assertThat(s).contains(action));
    }

    /** Every piece of evidence the finding gives, in its order, the scenario's folder written {@code <folder>}. */
    @Then("its evidence for {string} is:")
    public void itsEvidenceIs(String words, List<String> evidence) {
        assertThat(finding(words).evidence().stream().map(this::inTheFolder).toList()).isEqualTo(evidence);
    }

    @Then("its advice for {string} names the error {jetError}")
    public void itsAdviceNamesTheError(String words, ese.recovery.jet.JetError error) {
        assertThat(finding(words).error()).contains(error);
    }

    private Finding finding(String words) {
        return advice.finding(Situation.known(words)).orElseThrow(() -> new AssertionError("not recognised: " + words + "\n" + advice));
    }
}
