package ese.recovery.spec;

import ese.recovery.engine.EngineProfile;
import ese.recovery.situation.Situation;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** eserecover create-situation into a folder that is not empty, or that does not exist yet (docs/cli.md). */
public class CreateSituationSteps {
    private final World world;
    private Situation.Made made;
    /** The files as they are, before any engine is named: create-situation's own disk. */
    private final ese.recovery.io.Disk disk = new ese.recovery.io.NioDisk();

    public CreateSituationSteps(World world) {
        this.world = world;
    }

    @Given("the folder {string} holds a file {string} reading {string}")
    public void theFolderHoldsAFile(String folder, String file, String text) {
        Path f = world.folder().resolve(folder);
        disk.createDirectories(f);
        disk.create(f.resolve(file), text.getBytes(StandardCharsets.UTF_8));
        disk.flush(f.resolve(file));
    }

    @When("create-situation makes the {word} situation for {engine} in {string}")
    public void createSituationMakes(String name, EngineProfile engine, String folder) {
        world.useProfile(engine);
        try {
            made = world.sut.createSituation(world, Situation.named(name), engine, world.folder().resolve(folder));
        } catch (ese.recovery.jet.JetException e) {
            world.lastFailure = e;
        }
    }

    @Then("create-situation fails with {jetError}")
    public void createSituationFailsWith(ese.recovery.jet.JetError error) {
        assertThat(made).as("what create-situation made").isNull();
        assertThat(world.lastFailure).as("create-situation's failure").isNotNull();
        assertThat(world.lastFailure.error()).isEqualTo(error);
    }

    @Then("the folder {string} holds only the file {string} reading {string}")
    public void theFolderHoldsOnly(String folder, String file, String text) {
        Path f = world.folder().resolve(folder);
        assertThat(disk.entries(f)).containsExactly(f.resolve(file));
        assertThat(new String(disk.read(f.resolve(file)), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Then("the folder {string} holds SITUATION.txt, the text of create-situation's description, beside {string}")
    public void theFolderHoldsSituationTxt(String folder, String beside) {
        assertThat(world.lastFailure).as("create-situation's failure").isNull();
        Path f = world.folder().resolve(folder);
        assertThat(made.folder().toAbsolutePath().normalize()).isEqualTo(f.toAbsolutePath().normalize());
        assertThat(new String(disk.read(f.resolve(Situation.README)), StandardCharsets.UTF_8)).isEqualTo(made.description());
        assertThat(disk.exists(f.resolve(beside))).as(beside).isTrue();
    }
}
