package ese.recovery.spec;

import ese.recovery.backup.BackupProgram;
import ese.recovery.backup.BackupSet;
import ese.recovery.cluster.Cluster;
import ese.recovery.cluster.ClusterAdministrator;
import ese.recovery.engine.EngineClock;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.exchange.ExchangeService;
import ese.recovery.host.Server;
import ese.recovery.host.ServerControl;
import ese.recovery.io.NioDisk;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One scenario's Exchange Server 5.5 site: the server EXCHSRV01 (its registry, event logs and services, in
 * {@code EXCHSRV01/} of the scenario folder), its directory (and information store), the cluster if there is
 * one (quorum files in {@code quorum/}), the backup program, and the tape (the backup set in {@code tape/}).
 */
final class ExchangeSite {
    static final String COMPUTER = "EXCHSRV01";
    final Server server;
    final ExchangeService directory;
    final Optional<ExchangeService> informationStore;
    final BackupProgram backupProgram;
    Optional<Cluster> cluster = Optional.empty();
    /** The server's control endpoint, while a tool run as another process must reach its services. */
    Optional<ServerControl.Listening> listening = Optional.empty();
    BackupSet tape;
    private int recoveriesSeen;

    private ExchangeSite(Server server, ExchangeService directory, Optional<ExchangeService> informationStore) {
        this.server = server;
        this.directory = directory;
        this.informationStore = informationStore;
        this.backupProgram = new BackupProgram(server);
    }

    /** Exchange Server 5.5 installed on EXCHSRV01 in {@code folder}: the directory, and the information store if asked. */
    /** The scenario's Exchange 5.5 site: installed in its folder, reached through its driver, and its directory's engine the one the scenario's steps use. */
    static ExchangeSite installFor(World world, boolean withInformationStore) {
        ExchangeSite site = install(world.folder(), withInformationStore).reachableBy(world.sut);
        world.site = site;
        world.useConfig(site.directory.configuration().orElseThrow());
        return site;
    }

    static ExchangeSite install(Path folder, boolean withInformationStore) {
        Server server = Server.in(NioDisk.unforced(), folder.resolve(COMPUTER), COMPUTER,
                EngineClock.simulated(Instant.parse("1999-04-15T09:00:00Z"), Duration.ofSeconds(1)));
        Path exchsrvr = folder.resolve(COMPUTER).resolve("exchsrvr");
        ExchangeService.Role ds = ExchangeService.Role.DIRECTORY;
        ExchangeService directory = ExchangeService.install(server, ds, exchsrvr.resolve(ds.folderName()), World.SPEC_LOG_BYTES, 188674);
        Optional<ExchangeService> store = Optional.empty();
        if (withInformationStore) {
            ExchangeService.Role is = ExchangeService.Role.INFORMATION_STORE;
            store = Optional.of(ExchangeService.install(server, is, exchsrvr.resolve(is.folderName()), World.SPEC_LOG_BYTES, 188675));
        }
        ese.recovery.backup.OnlineBackup.serveOn(server);
        return new ExchangeSite(server, directory, store);
    }

    /** When the system under test runs as another process, the server listens for it (ServerControl). */
    ExchangeSite reachableBy(SystemUnderTest sut) {
        if (!sut.runsInThisProcess() && listening.isEmpty()) {
            listening = Optional.of(server.control().listen());
        }
        return this;
    }

    /** The server shuts down: it no longer answers. */
    void shutDown() {
        listening.ifPresent(ServerControl.Listening::close);
        listening = Optional.empty();
    }

    Path dsadata() {
        return directory.configuration().orElseThrow().logFolder();
    }

    ClusterAdministrator clusterAdministrator() {
        return new ClusterAdministrator(cluster.orElseThrow(() -> new IllegalStateException("this server is not in a cluster")));
    }

    /**
     * The recovery the directory's engine ran since the last look: the hard recovery if one ran (it is what the
     * article is about; the start that follows it is an ordinary one), else the last.
     */
    Optional<RecoveryResult> newRecovery() {
        List<RecoveryResult> all = directory.recoveries();
        List<RecoveryResult> fresh = all.subList(recoveriesSeen, all.size());
        recoveriesSeen = all.size();
        return fresh.stream().filter(r -> r.kind() == RecoveryResult.Kind.HARD).findFirst()
                .or(() -> fresh.isEmpty() ? Optional.empty() : Optional.of(fresh.get(fresh.size() - 1)));
    }

    /** After anything that may start the directory: the world sees its last start and recovery. */
    void observe(World world) {
        newRecovery().ifPresent(r -> world.lastRecovery = r);
    }
}
