package ese.recovery.host;

import ese.recovery.engine.EngineClock;
import ese.recovery.io.NioDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's control endpoint: requests from another process's point of view, and what a request sees of the registry. */
class ServerControlTest {
    @TempDir
    Path folder;

    private Server server() {
        return Server.in(new NioDisk(), folder.resolve("EXCHSRV01"), "EXCHSRV01",
                EngineClock.simulated(Instant.parse("1999-04-15T09:00:00Z"), Duration.ofSeconds(1)));
    }

    @Test
    void aRequestTravelsWithTabsNewlinesAndBackslashesIntactAndTheEndpointFileGoesWithTheServer() {
        Server server = server();
        server.control().register("echo", request -> Map.of("said", String.join("|", request)));
        try (ServerControl.Listening l = server.control().listen()) {
            assertThat(Files.readString(ServerControl.endpointFile(server.folder()).toAbsolutePath()).trim()).endsWith(":" + l.port());

            Map<String, String> reply = ServerControl.call(server.folder(), "echo", "a\tb", "c\nd", "e\\nf");

            assertThat(reply).containsExactly(Map.entry("said", "a\tb|c\nd|e\\nf"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(ServerControl.endpointFile(server.folder())).doesNotExist();
        assertThatThrownBy(() -> ServerControl.call(server.folder(), "echo")).isInstanceOf(ServerControl.UnreachableException.class)
                .hasMessageContaining("the server is not running");
    }

    @Test
    void anUnknownInterfaceOrServiceIsRefusedAndTheServerGoesOnServing() {
        Server server = server();
        try (ServerControl.Listening l = server.control().listen()) {
            assertThatThrownBy(() -> ServerControl.call(server.folder(), "printer", "start")).isInstanceOf(ServerControl.RefusedException.class)
                    .hasMessageContaining("no interface printer");
            assertThatThrownBy(() -> ServerControl.call(server.folder(), "service", "start", "Spooler")).isInstanceOf(ServerControl.RefusedException.class)
                    .hasMessageContaining("1060");
            assertThatThrownBy(() -> ServerControl.call(server.folder(), "service", "pause", "Spooler")).isInstanceOf(ServerControl.RefusedException.class);
            assertThat(server.control().serve(List.of("service"))).containsEntry("status", "refused");
        }
    }

    @Test
    void beforeServingARequestTheServerTakesUpWhatAnotherProcessWroteToItsRegistryFile() {
        Server server = server();
        List<String> heard = new java.util.ArrayList<>();
        server.registry().onChange(heard::add);
        server.control().register("read", request -> Map.of("value",
                server.registry().value("HKEY_LOCAL_MACHINE\\SOFTWARE\\Test", "Count").map(RegistryData::shown).orElse("none")));
        Registry other = Registry.open(new NioDisk(), Server.registryFile(server.folder()));
        other.setValue("HKLM\\SOFTWARE\\Test", "Count", new RegistryData.Dword(7));

        assertThat(server.control().serve(List.of("read"))).containsEntry("status", "ok").containsEntry("value", "0x7");
        assertThat(heard).as("the keys created, parents first").containsExactly("HKEY_LOCAL_MACHINE", "HKEY_LOCAL_MACHINE\\SOFTWARE", "HKEY_LOCAL_MACHINE\\SOFTWARE\\Test");
    }
}
