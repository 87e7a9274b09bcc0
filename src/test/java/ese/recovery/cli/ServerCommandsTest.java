package ese.recovery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import ese.recovery.backup.BackupProgram;
import ese.recovery.backup.BackupSet;
import ese.recovery.cluster.Cluster;
import ese.recovery.cluster.ClusterResource;
import ese.recovery.cluster.ResourceState;
import ese.recovery.engine.EngineClock;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.Workload;
import ese.recovery.exchange.ExchangeService;
import ese.recovery.exchange.RestoreInProgress;
import ese.recovery.host.Server;
import ese.recovery.host.ServerControl;
import ese.recovery.host.ServiceState;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import static ese.recovery.cli.EseRecoverTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * service, cluster-resource and restore-service, in-process through picocli, against an Exchange Server 5.5
 * server of this process that listens on its control endpoint (as a server runs its services in processes
 * of its own): the directory backed up online, its dsadata lost, then restored by the tool.
 */
class ServerCommandsTest {
    static final String RESOURCE = "Microsoft Exchange Directory";

    @TempDir
    Path folder;
    Server server;
    ExchangeService directory;
    Cluster cluster;
    ClusterResource resource;
    BackupSet tape;
    ServerControl.Listening listening;

    @BeforeEach
    void aClusteredDirectoryBackedUpOnlineThenLost() {
        server = Server.in(new NioDisk(), folder.resolve("EXCHSRV01"), "EXCHSRV01",
                EngineClock.simulated(Instant.parse("1999-04-15T09:00:00Z"), Duration.ofSeconds(1)));
        directory = ExchangeService.install(server, ExchangeService.Role.DIRECTORY, server.folder().resolve("exchsrvr").resolve("dsadata"), 64 * 1024, 188674);
        cluster = Cluster.on(server, folder.resolve("quorum"));
        resource = cluster.addGenericService(cluster.createGroup("Exchange"), RESOURCE, directory.name(), Optional.empty());
        cluster.addRegistryCheckpoint(resource, directory.role().key());
        assertThat(cluster.bringOnline(resource)).isEqualTo(ResourceState.ONLINE);
        new Workload(directory.store()).fillUntil(3, 3);
        tape = new BackupProgram(server).onlineBackup(directory, folder.resolve("tape"));
        cluster.takeOffline(resource);
        for (Path p : server.disk().list(dsadata())) {
            server.disk().delete(p);
        }
        listening = server.control().listen();
    }

    @AfterEach
    void shutDown() {
        listening.close();
    }

    private Path dsadata() {
        return directory.configuration().orElseThrow().logFolder();
    }

    private EseRecoverTest.Run onServer(String... args) {
        return server.control().during(() -> run(args));
    }

    @Test
    void serviceQueryShowsTheStoppedDirectory() {
        EseRecoverTest.Run r = onServer("service", "query", "--server", server.folder().toString(), "MSExchangeDS");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("SERVICE_NAME: MSExchangeDS", "DISPLAY_NAME: Microsoft Exchange Directory", "STATE              : 1  STOPPED");
    }

    @Test
    void restoreWithStartServicesAfterRestoreRunsHardRecoveryInTheServersDirectory() {
        EseRecoverTest.Run r = onServer("restore-service", "--json", "--server", server.folder().toString(), "--start-services-after-restore",
                "MSExchangeDS", tape.folder().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode result = r.json().get("result");
        assertThat(result.get("restoreInProgress").get("lowLog").asInt()).isEqualTo(tape.generationLow());
        assertThat(result.get("restoreInProgress").get("highLog").asInt()).isEqualTo(tape.generationHigh());
        assertThat(result.get("serviceAfterRestore").get("state").asText()).isEqualTo("RUNNING");
        assertThat(server.services().state(directory.name())).isEqualTo(ServiceState.RUNNING);
        assertThat(directory.recoveries()).extracting(RecoveryResult::kind).contains(RecoveryResult.Kind.HARD);
        assertThat(RestoreInProgress.read(server.registry(), directory.role().key())).as("deleted once the database recovered").isEmpty();
    }

    @Test
    void bringingTheResourceOnlineAfterTheRestoreFailsWithTheEnginesMinus528() {
        EseRecoverTest.Run restore = onServer("restore-service", "--server", server.folder().toString(), RESOURCE, tape.folder().toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restore in Progress", "LowLog Number", "0x1");

        EseRecoverTest.Run r = onServer("cluster-resource", "online", "--json", "--server", server.folder().toString(), RESOURCE);

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.of(JetError.JET_errMissingLogFile));
        assertThat(r.json().get("error").get("name").asText()).isEqualTo("JET_errMissingLogFile");
        assertThat(r.json().get("result").get("state").asText()).isEqualTo("Failed");
        assertThat(r.json().get("result").get("service").get("serviceSpecificError").asLong()).isEqualTo(4294966768L);
        assertThat(r.err()).contains("Microsoft Exchange Directory could not start", "-528 JET_errMissingLogFile");
        assertThat(resource.state()).isEqualTo(ResourceState.FAILED);
    }

    @Test
    void startingTheServiceFromTheToolAfterTheRestoreRunsHardRecovery() {
        onServer("restore-service", "--server", server.folder().toString(), "MSExchangeDS", tape.folder().toString());

        EseRecoverTest.Run r = onServer("service", "start", "--server", server.folder().toString(), "Microsoft Exchange Directory");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("STATE              : 4  RUNNING");
        assertThat(directory.recoveries()).extracting(RecoveryResult::kind).contains(RecoveryResult.Kind.HARD);
        assertThat(server.services().state(directory.name())).isEqualTo(ServiceState.RUNNING);
    }

    @Test
    void aRunningServiceIsNotRestoredOverAndNothingIsWritten() throws IOException {
        onServer("restore-service", "--server", server.folder().toString(), "--start-services-after-restore", "MSExchangeDS", tape.folder().toString());
        assertThat(server.services().state(directory.name())).isEqualTo(ServiceState.RUNNING);
        String before = digest(folder);

        EseRecoverTest.Run r = onServer("restore-service", "--server", server.folder().toString(), "MSExchangeDS", tape.folder().toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.SERVICE_FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).hasLineCount(1).contains("Microsoft Exchange Directory is running", "1056 ERROR_SERVICE_ALREADY_RUNNING");
        assertThat(digest(folder)).isEqualTo(before);
    }

    @Test
    void anUnknownServiceOrResourceIsAUsageError() {
        EseRecoverTest.Run service = onServer("service", "start", "--server", server.folder().toString(), "MSExchangeXX");
        EseRecoverTest.Run res = onServer("cluster-resource", "online", "--server", server.folder().toString(), "No Such Resource");

        assertThat(service.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(service.err()).contains("1060", "MSExchangeXX");
        assertThat(res.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(res.err()).contains("5007", "No Such Resource");
    }

    @Test
    void aServerThatIsNotRunningDoesNotAnswer() {
        listening.close();

        EseRecoverTest.Run r = run("cluster-resource", "state", "--json", "--server", server.folder().toString(), RESOURCE);

        assertThat(r.exit()).isEqualTo(ExitCodes.SERVER_UNAVAILABLE);
        assertThat(r.json().get("error").get("name").asText()).isEqualTo("RPC_S_SERVER_UNAVAILABLE");
        assertThat(r.err().strip()).hasLineCount(1).contains("the server is not running", "1722 RPC_S_SERVER_UNAVAILABLE");
    }

    @Test
    void takingTheResourceOfflineStopsItsServiceAndSavesItsCheckpoint() {
        assertThat(cluster.bringOnline(resource)).isEqualTo(ResourceState.FAILED);
        onServer("restore-service", "--server", server.folder().toString(), "--start-services-after-restore", "MSExchangeDS", tape.folder().toString());

        EseRecoverTest.Run online = onServer("cluster-resource", "online", "--server", server.folder().toString(), RESOURCE);
        EseRecoverTest.Run offline = onServer("cluster-resource", "offline", "--server", server.folder().toString(), RESOURCE);

        assertThat(online.exit()).as(online.err()).isZero();
        assertThat(online.out()).contains(RESOURCE, "Online");
        assertThat(offline.exit()).as(offline.err()).isZero();
        assertThat(offline.out()).contains("Offline", "STATE              : 1  STOPPED");
        assertThat(server.services().state(directory.name())).isEqualTo(ServiceState.STOPPED);
    }

    @Test
    void theBackupProgramBacksUpTheRunningDirectoryThroughTheServerAndNotAStoppedOne() {
        ese.recovery.backup.OnlineBackup.serveOn(server);
        EseRecoverTest.Run stopped = onServer("backup", "--server", server.folder().toString(), "--service", "MSExchangeDS",
                folder.resolve("tape2").toString());
        onServer("restore-service", "--server", server.folder().toString(), "--start-services-after-restore", "MSExchangeDS", tape.folder().toString());

        EseRecoverTest.Run r = onServer("backup", "--json", "--server", server.folder().toString(), "--service", "Microsoft Exchange Directory",
                folder.resolve("tape2").toString());

        assertThat(stopped.exit()).isEqualTo(ExitCodes.SERVICE_FAILED);
        assertThat(stopped.err().strip()).hasLineCount(1).contains("Microsoft Exchange Directory is not running", "1062 ERROR_SERVICE_NOT_ACTIVE");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("result").get("database").asText()).endsWith("dir.edb");
        assertThat(r.json().get("result").get("logs").size()).isPositive();
        assertThat(onServer("backup", "--store", folder.toString(), "--server", server.folder().toString(), "x").exit()).isEqualTo(ExitCodes.USAGE);
    }

    private static String digest(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(root.relativize(p).toString().getBytes());
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
