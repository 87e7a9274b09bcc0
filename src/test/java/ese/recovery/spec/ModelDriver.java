package ese.recovery.spec;

import ese.recovery.backup.BackupSet;
import ese.recovery.dump.FileDump;
import ese.recovery.dump.FolderListing;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;

import java.nio.file.Path;

/** The model, called in this process. */
final class ModelDriver implements SystemUnderTest {
    @Override
    public String name() {
        return "model";
    }

    @Override
    public boolean runsInThisProcess() {
        return true;
    }

    @Override
    public Mounting bringOnline(World world) {
        return of(Store.mount(world.config()));
    }

    @Override
    public Mounting completeRestore(World world) {
        return of(world.config().profile() == EngineProfile.EXCHANGE_5_5
                ? Store.mount(world.config(), world.pendingRestore)
                : Store.mount(world.config()));
    }

    static Mounting of(Store.Mount m) {
        return new Mounting(m.recovery(), m.headerAfterRecovery().map(h -> new HeaderShown(h.state().shown(), h.logRequired())),
                m.mounted(), m.store());
    }

    @Override
    public ese.recovery.engine.RecoveryResult softRecovery(World world, boolean ignoreMismatchedAttachments) {
        return ese.recovery.engine.SoftRecovery.run(world.config(), new ese.recovery.engine.SoftRecovery.Options(ignoreMismatchedAttachments));
    }

    @Override
    public String dumpDatabaseHeader(World world) {
        return FileDump.databaseHeader(world.disk(), world.config().databaseFile());
    }

    @Override
    public String dumpLog(World world, Path log) {
        return FileDump.log(world.disk(), log);
    }

    @Override
    public String verifyLogStream(World world) {
        return FileDump.logStream(ese.recovery.log.LogSequence.verify(world.disk(), world.config().logFolder(), world.config().names()));
    }

    @Override
    public String dumpCheckpoint(World world) {
        return FileDump.checkpoint(world.disk(), world.config().checkpointFile());
    }

    @Override
    public Advised advise(World world) {
        ese.recovery.advice.Advice articles = ese.recovery.advice.Advisor.advise(world.disk(), world.folder());
        return new Advised(articles.rule(), articles.steps(), articles.doNot(),
                ese.recovery.advice.SituationAdvisor.examine(world.disk(), world.folder()), articles.summary(), articles.evidence());
    }

    @Override
    public void setRegistryValue(World world, String key, String name, int dword) {
        // regedit is another process: it writes the registry file, and the server hears of the change
        ese.recovery.host.Registry.open(world.disk(), world.site.server.registry().file())
                .setValue(key, name, new ese.recovery.host.RegistryData.Dword(dword));
        world.site.server.registry().reread();
    }

    @Override
    public void startService(World world, String service) {
        world.site.server.services().start(world.site.server.services().named(service).name());
    }

    @Override
    public void stopService(World world, String service) {
        world.site.server.services().stop(world.site.server.services().named(service).name());
    }

    @Override
    public void bringResourceOnline(World world, String resource) {
        world.site.clusterAdministrator().bringOnline(resource);
    }

    @Override
    public void takeResourceOffline(World world, String resource) {
        world.site.clusterAdministrator().takeOffline(resource);
    }

    @Override
    public void restoreOnlineBackup(World world, BackupSet tape, boolean startServicesAfterRestore) {
        world.site.backupProgram.onlineRestore(world.site.directory, tape, startServicesAfterRestore);
    }

    @Override
    public String listFolder(World world, Path folder) {
        return FolderListing.of(world.disk(), folder);
    }

    @Override
    public BackupSet takeOnlineBackup(World world, Path folder) {
        // as the backup program's medium reads back afterwards, as the tool's dump-backup does
        ese.recovery.backup.OnlineBackup.take(world.store(), folder);
        return BackupSet.read(world.disk(), folder, world.config().profile());
    }

    @Override
    public BackupSet backUpService(World world, String service, Path folder) {
        return world.site.backupProgram.onlineBackup(world.site.directory, folder);
    }

    @Override
    public java.util.List<Path> takeIncrementalBackup(World world, Path folder) {
        return ese.recovery.backup.OnlineBackup.takeIncremental(world.store(), folder);
    }

    @Override
    public ese.recovery.situation.Situation.Made createSituation(World world, ese.recovery.situation.Situation situation,
            ese.recovery.engine.EngineProfile profile, Path folder) {
        return situation.make(folder, profile, ese.recovery.situation.Situation.DEFAULT_SEED);
    }
}
