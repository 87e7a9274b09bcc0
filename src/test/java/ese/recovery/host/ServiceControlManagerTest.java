package ese.recovery.host;

import ese.recovery.engine.EngineClock;
import ese.recovery.io.NioDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceControlManagerTest {
    @TempDir
    Path dir;

    final List<String> calls = new ArrayList<>();

    /** A service that records its starts and stops, and can be told to fail. */
    final class Recorded implements Service {
        final String name;
        final List<String> deps;
        boolean fails;
        boolean running;

        Recorded(String name, String... deps) {
            this.name = name;
            this.deps = List.of(deps);
        }

        public String name() {
            return name;
        }

        public String displayName() {
            return "The " + name;
        }

        public List<String> dependsOn() {
            return deps;
        }

        public ServiceStart start() {
            calls.add("start " + name);
            running = !fails;
            return fails ? ServiceStart.failed(name, 4294966768L, "failed") : ServiceStart.started(name, "ok");
        }

        public void stop() {
            calls.add("stop " + name);
            running = false;
        }

        public boolean running() {
            return running;
        }
    }

    private Server server() {
        return Server.in(new NioDisk(), dir, "EXCHSRV01", EngineClock.simulated(Instant.EPOCH, Duration.ofSeconds(1)));
    }

    @Test
    void theDirectoryStartsBeforeTheInformationStoreAndStopsAfterIt() {
        Server s = server();
        Recorded ds = new Recorded("MSExchangeDS");
        Recorded is = new Recorded("MSExchangeIS", "MSExchangeDS");
        s.services().install(ds);
        s.services().install(is);

        ServiceStart start = s.services().start("MSExchangeIS");
        s.services().stop("MSExchangeDS");

        assertThat(start.running()).isTrue();
        assertThat(calls).containsExactly("start MSExchangeDS", "start MSExchangeIS", "stop MSExchangeIS", "stop MSExchangeDS");
        assertThat(s.registry().value(ServiceControlManager.key("MSExchangeIS"), "DependOnService"))
                .contains(new RegistryData.MultiSz(List.of("MSExchangeDS")));
    }

    @Test
    void whenTheDirectoryCannotStartTheInformationStoreIsNotStarted() {
        Server s = server();
        Recorded ds = new Recorded("MSExchangeDS");
        ds.fails = true;
        s.services().install(ds);
        s.services().install(new Recorded("MSExchangeIS", "MSExchangeDS"));

        ServiceStart start = s.services().start("MSExchangeIS");

        assertThat(start.running()).isFalse();
        assertThat(start.service()).isEqualTo("MSExchangeDS");
        assertThat(calls).containsExactly("start MSExchangeDS");
        assertThat(s.services().state("MSExchangeIS")).isEqualTo(ServiceState.STOPPED);
    }
}
