package ese.recovery.spec;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import static org.assertj.core.api.Assertions.assertThat;

/** eseutil-shaped views of the files: /mh for the database header, /ml for a log. */
public class DumpSteps {
    private final World world;

    public DumpSteps(World world) {
        this.world = world;
    }

    /**
     * A dump's text, or, when the file could not be read at all (eseutil prints no dump then), the JET error
     * it failed with, for "the dump fails with ...".
     */
    static void dump(World world, java.util.function.Supplier<String> dump) {
        world.lastDump = null;
        world.lastFailure = null;
        try {
            world.lastDump = dump.get();
        } catch (ese.recovery.jet.JetException e) {
            world.lastFailure = e;
        }
    }

    @When("the database header is dumped")
    public void theDatabaseHeaderIsDumped() {
        dump(world, () -> world.sut.dumpDatabaseHeader(world));
    }

    @When("{log} is dumped")
    public void isDumped(String log) {
        dump(world, () -> world.sut.dumpLog(world, world.file(log)));
    }

    @Then("the dump fails with {jetError} on {word}")
    public void theDumpFailsWith(ese.recovery.jet.JetError error, String file) {
        assertThat(world.lastFailure).as("the dump's failure (it printed %s)", world.lastDump).isNotNull();
        assertThat(world.lastFailure.error()).isEqualTo(error);
        assertThat(world.lastFailure.file()).as("the file the error names").isEqualTo(world.file(file));
    }

    @When("eseutil \\/ml is run on the log base name")
    public void mlOnTheBaseName() {
        world.lastDump = world.sut.verifyLogStream(world);
    }

    @Then("eseutil \\/ml of {log} reports it damaged at generation {generation}: {string}")
    public void mlReportsDamage(String log, Integer generation, String reason) {
        String dump = world.sut.dumpLog(world, world.file(log));
        assertThat(dump.lines().map(String::strip).filter(l -> l.startsWith("ERROR: Log damaged")))
                .singleElement().asString()
                .contains(String.format("Damage at (0x%X,", generation))
                .contains("malformed records: " + reason);
    }

    @Then("eseutil \\/ml finds {int} problem(s) in the log sequence, the first {jetError} on {log}")
    public void mlFindsProblems(int problems, ese.recovery.jet.JetError error, String log) {
        assertThat(world.lastDump.lines().map(String::strip).filter(l -> l.startsWith("ERROR: ") && l.contains("in the log sequence")))
                .singleElement().asString()
                .startsWith("ERROR: " + problems + " problem(s) found in the log sequence; the first: " + log + ": ")
                .endsWith("(" + error + ")");
    }

    @Then("the dump shows a line containing {string}")
    public void theDumpShowsALineContaining(String text) {
        assertThat(world.lastDump.lines()).anyMatch(l -> l.contains(text));
    }

    /**
     * The whole dump, line by line, as eseutil prints it (the folder written {@code <folder>}): every field the
     * view documents, its value, and nothing else.
     */
    @Then("the dump reads:")
    public void theDumpReads(String text) {
        assertThat(inTheFolder(world.lastDump).lines().toList()).isEqualTo(text.lines().toList());
    }

    /** The part of eseutil /ml on a base name after the logs' own dumps: "Verifying log files..." to the verdict. */
    @Then("its verification of the log sequence reads:")
    public void itsVerificationReads(String text) {
        java.util.List<String> lines = inTheFolder(world.lastDump).lines().toList();
        int start = lines.indexOf("Verifying log files...");
        assertThat(start).as("%s", world.lastDump).isNotNegative();
        assertThat(lines.subList(start, lines.size())).isEqualTo(text.lines().toList());
    }

    private String inTheFolder(String text) {
        return text.replace(world.folder().toString(), "<folder>");
    }

    @Then("the dump shows {string}")
    public void theDumpShows(String line) {
        assertThat(world.lastDump.lines().map(String::strip)).contains(line);
    }
}
