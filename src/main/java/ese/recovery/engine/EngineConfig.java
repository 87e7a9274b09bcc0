package ese.recovery.engine;

import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogNames;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Where an engine instance keeps its files and what it runs on: the profile, the log folder, the
 * system folder (checkpoint), the database file, the log file size, the clock, the seeded randomness
 * for signatures, and the computer name. The same seed and clock write the same bytes.
 */
public final class EngineConfig {
    private final Disk disk;
    private final EngineProfile profile;
    private final Path logFolder;
    private final Path systemFolder;
    private final Path databaseFile;
    private final int logFileBytes;
    private final EngineClock clock;
    private final SplittableRandom random;
    private final String computerName;
    private final long seed;
    private final boolean circularLogging;
    /** How many times {@link #nextRandom} has been called, so that {@link #fork} can continue the sequence. */
    private int draws;
    /** The stream's names and the files named from them, made once (each is asked for at every log operation). */
    private final LogNames names;
    private final Path currentLog;
    private final Path temporaryLog;
    private final Path checkpointFile;

    public EngineConfig(Disk disk, EngineProfile profile, Path logFolder, Path systemFolder, Path databaseFile,
                        int logFileBytes, EngineClock clock, long seed, String computerName) {
        this(disk, profile, logFolder, systemFolder, databaseFile, logFileBytes, clock, seed, computerName, false);
    }

    private EngineConfig(Disk disk, EngineProfile profile, Path logFolder, Path systemFolder, Path databaseFile,
                         int logFileBytes, EngineClock clock, long seed, String computerName, boolean circularLogging) {
        this.disk = Objects.requireNonNull(disk);
        this.profile = Objects.requireNonNull(profile);
        this.logFolder = Objects.requireNonNull(logFolder);
        this.systemFolder = Objects.requireNonNull(systemFolder);
        this.databaseFile = Objects.requireNonNull(databaseFile);
        if (logFileBytes % LogFileHeader.SECTOR_SIZE != 0 || logFileBytes < 4 * LogFileHeader.SIZE) {
            throw new IllegalArgumentException("a log file is a whole number of 512-byte sectors, at least 16 KiB: " + logFileBytes);
        }
        this.logFileBytes = logFileBytes;
        this.clock = Objects.requireNonNull(clock);
        this.random = new SplittableRandom(seed);
        this.seed = seed;
        this.computerName = Objects.requireNonNull(computerName);
        this.circularLogging = circularLogging;
        this.names = new LogNames(profile.logBase());
        this.currentLog = logFolder.resolve(names.current());
        this.temporaryLog = logFolder.resolve(names.temporary());
        this.checkpointFile = systemFolder.resolve(names.checkpoint());
    }

    /**
     * Everything in one folder, as an Exchange server keeps mdbdata: logs, checkpoint and database;
     * a simulated clock from 2026-01-05 10:00 UTC ticking a second per reading.
     */
    public static EngineConfig inFolder(Path folder, EngineProfile profile, long seed, int logFileBytes) {
        return new EngineConfig(new NioDisk(), profile, folder, folder, folder.resolve(profile.databaseName()), logFileBytes,
                EngineClock.simulated(Instant.parse("2026-01-05T10:00:00Z"), Duration.ofSeconds(1)), seed, "EXCHSRV01");
    }

    /** The same instance, seen through another disk (a fault-injecting one, say). */
    public EngineConfig withDisk(Disk other) {
        return new EngineConfig(other, profile, logFolder, systemFolder, databaseFile, logFileBytes, clock, seed, computerName, circularLogging);
    }

    /**
     * The same instance over {@code other} and {@code clock}, its randomness continuing from where this
     * one's is: what the copy draws next is what this instance would draw next, and the two go on
     * independently. For running several futures from one moment (the crash explorer), with a copy of
     * the clock as it reads now.
     */
    public EngineConfig fork(Disk other, EngineClock clock) {
        EngineConfig copy = new EngineConfig(other, profile, logFolder, systemFolder, databaseFile, logFileBytes, clock, seed, computerName,
                circularLogging);
        for (int i = 0; i < draws; i++) {
            copy.nextRandom();
        }
        return copy;
    }

    /**
     * The same instance with circular logging on or off (the storage group's "Enable circular logging",
     * ESE's JET_paramCircularLog): closed logs below the checkpoint are reused, so only a few logs exist.
     */
    public EngineConfig withCircularLogging(boolean on) {
        return new EngineConfig(disk, profile, logFolder, systemFolder, databaseFile, logFileBytes, clock, seed, computerName, on);
    }

    public boolean circularLogging() {
        return circularLogging;
    }

    public Disk disk() {
        return disk;
    }

    public EngineProfile profile() {
        return profile;
    }

    public LogNames names() {
        return names;
    }

    public Path logFolder() {
        return logFolder;
    }

    public Path systemFolder() {
        return systemFolder;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public Path checkpointFile() {
        return checkpointFile;
    }

    public Path currentLog() {
        return currentLog;
    }

    public Path temporaryLog() {
        return temporaryLog;
    }

    public Path numberedLog(int generation) {
        return logFolder.resolve(names().numbered(generation));
    }

    /** Where an Exchange 2000 restore puts the backup set's logs, its patch file and restore.env. */
    public Path restoreFolder() {
        return logFolder.resolve("restore");
    }

    public int logFileBytes() {
        return logFileBytes;
    }

    public int logFileSectors() {
        return logFileBytes / LogFileHeader.SECTOR_SIZE;
    }

    public EngineClock clock() {
        return clock;
    }

    /** How many random numbers have been drawn ({@link #nextRandom}) since this instance was made. */
    public int randomDraws() {
        return draws;
    }

    public int nextRandom() {
        draws++;
        int r;
        do {
            r = random.nextInt();
        } while (r == 0);
        return r;
    }

    public String computerName() {
        return computerName;
    }
}
