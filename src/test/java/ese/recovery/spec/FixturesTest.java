package ese.recovery.spec;

import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store copied from the fixture cache is the store built again: the same files byte for byte, the same
 * work remembered, and it goes on the same way (more logs, a checkpoint, an open transaction, a crash and
 * soft recovery leave the same files, the same pages and the same events).
 */
class FixturesTest {
    private static final int GENERATION = 0x12;

    @AfterEach
    void clear() {
        Fixtures.clear();
    }

    @Test
    void aCopiedStoreIsTheStoreBuiltAgain() throws IOException {
        Fixtures.clear();
        World built = world("fixture built", GENERATION);
        World copied = world("fixture copied", GENERATION);
        Fixtures.clear();
        World again = world("fixture built again", GENERATION);
        assertThat(files(copied.folder())).isEqualTo(files(built.folder())).isEqualTo(files(again.folder()));
        assertThat(copied.committed).isEqualTo(built.committed).isEqualTo(again.committed);

        String events = goOn(built);
        assertThat(goOn(copied)).isEqualTo(events);
        assertThat(goOn(again)).isEqualTo(events);
        assertThat(files(copied.folder())).isEqualTo(files(built.folder())).isEqualTo(files(again.folder()));
    }

    private static World world(String name, int generation) {
        World w = new World();
        w.createFolder(name, 1);
        w.useProfile(EngineProfile.EXCHANGE_2000);
        Fixtures.storeWhoseCurrentLogIs(w, EngineProfile.EXCHANGE_2000, generation);
        return w;
    }

    /** More work, a checkpoint, work left open, a crash, and the store brought online: its recovery and the pages. */
    private static String goOn(World w) {
        w.remember(w.workload().fillUntil(GENERATION + 3, 2));
        w.store().advanceCheckpoint();
        w.remember(w.workload().commit(2));
        w.store().begin().write(w.store().nextFreePage(), "left open");
        w.store().flushLogBuffer();
        w.store().crash();
        Store.Mount m = Store.mount(w.config());
        m.store().ifPresent(Store::dismount);
        return (m.recovery() + " " + m.recovery().events() + " " + w.databasePages().stream().map(p -> p.number() + ":" + p.text()).toList()
                + " " + w.committed.stream().map(Workload.Committed::label).toList()).replace(w.folder().toString(), "<the scenario's folder>");
    }

    private static Map<String, List<Byte>> files(Path folder) throws IOException {
        Map<String, List<Byte>> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(p);
                Byte[] boxed = new Byte[b.length];
                Arrays.setAll(boxed, i -> b[i]);
                out.put(folder.relativize(p).toString(), List.of(boxed));
            }
        }
        return out;
    }
}
