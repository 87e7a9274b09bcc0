package ese.recovery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import ese.recovery.jet.JetError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static ese.recovery.cli.EseRecoverTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walk-through of the E0000015 case, in-process: create the situation, ask for advice, see soft
 * recovery fail with -501 and the rename fail with -543, then restore the online backup and hard-recover.
 */
class SituationCommandsTest {
    @TempDir
    Path folder;

    private void remove(String... names) throws IOException {
        for (String n : names) {
            Files.delete(folder.resolve(n));
        }
    }

    @Test
    void theE0000015WalkThrough() throws IOException {
        EseRecoverTest.Run made = run("create-situation", "E0000015", folder.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(folder.resolve("SITUATION.txt")).exists();

        JsonNode advice = run("advise", "--json", folder.toString()).json().get("result");
        assertThat(advice.get("rule").asText()).isEqualTo("DO_NOT_MANIPULATE_LOGS");
        assertThat(advice.get("evidence").toString()).contains("E0000015.log", "JET_errLogFileCorrupt");
        assertThat(advice.get("sources").get(0).get("section").asText()).isEqualTo("When not to manipulate log files");

        EseRecoverTest.Run mount = run("mount", "--json", folder.toString());
        assertThat(mount.exit()).isEqualTo(ExitCodes.of(JetError.JET_errLogFileCorrupt));
        assertThat(mount.json().get("result").get("mounted").asBoolean()).isFalse();
        assertThat(mount.err()).contains("E0000015.log").contains("-501 JET_errLogFileCorrupt");

        remove("E0000015.log", "E0000016.log", "E0000017.log", "E0000018.log", "E0000019.log", "E00.log");
        Files.move(folder.resolve("E0000014.log"), folder.resolve("E00.log"));
        EseRecoverTest.Run renamed = run("mount", folder.toString());
        assertThat(renamed.exit()).isEqualTo(ExitCodes.of(JetError.JET_errRequiredLogFilesMissing));
    }

    @Test
    void theHardRecoveryByHand() throws IOException {
        run("create-situation", "E0000015", folder.toString());
        remove("E0000015.log", "E0000016.log", "E0000017.log", "E0000018.log", "E0000019.log", "E00.log", "E00.chk");

        EseRecoverTest.Run restored = run("restore", "--json", folder.resolve("online-backup").toString(), folder.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.json().get("result").get("restore").get("generationHigh").asInt()).isEqualTo(0xF);

        EseRecoverTest.Run hard = run("restore-recover", "--json", folder.toString());
        assertThat(hard.exit()).as(hard.err()).isZero();
        JsonNode recovery = hard.json().get("result").get("recovery");
        assertThat(recovery.get("kind").asText()).isEqualTo("HARD");
        assertThat(recovery.get("replayedGenerations")).hasSize(0x14);

        EseRecoverTest.Run mount = run("mount", "--json", folder.toString());
        assertThat(mount.exit()).as(mount.err()).isZero();
        assertThat(mount.json().get("result").get("headerAfterRecovery").get("state").asText()).isEqualTo("Clean Shutdown");
    }

    @Test
    void exchange55HardRecoveryTakesTheRestoreInProgressValuesAsOptions() throws IOException {
        run("create-situation", "E0000015", folder.toString(), "--profile", "EXCHANGE_5_5");
        remove("EDB00015.log", "EDB00016.log", "EDB00017.log", "EDB00018.log", "EDB00019.log", "EDB.log", "EDB.chk");
        assertThat(run("restore", folder.resolve("online-backup").toString(), folder.toString()).out())
                .contains("--low 0x1 --high 0xF");

        EseRecoverTest.Run hard = run("restore-recover", folder.toString(), "--low", "0x1", "--high", "0xF");

        assertThat(hard.exit()).as(hard.out() + hard.err()).isZero();
        assertThat(hard.out()).contains("Replayed generations: 0x1,").contains("0x14\n");
    }

    @Test
    void aSituationIsNeverMadeOverFiles() throws IOException {
        Files.writeString(folder.resolve("priv1.edb"), "not mine to overwrite");

        EseRecoverTest.Run r = run("create-situation", "E0000015", folder.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(folder.resolve("priv1.edb")).hasContent("not mine to overwrite");
    }

    @Test
    void listShowsTheFiles() {
        run("create-situation", "E0000015", folder.toString());

        assertThat(run("list", folder.toString()).out()).contains("E0000015.log", "priv1.edb", "SITUATION.txt");
    }
}
