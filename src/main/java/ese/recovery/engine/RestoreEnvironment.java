package ese.recovery.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a restore tells hard recovery: where the backup set's logs were restored and which generations
 * they are, where the live logs and the checkpoint are, and which databases were restored. Exchange 2000
 * keeps it in {@code restore.env}; Exchange 5.5 in the "Restore in Progress" registry key (LowLog Number,
 * HighLog Number, BackupLogPath, LogPath, CheckpointFilePath).
 */
public record RestoreEnvironment(Path backupLogFolder, int generationLow, int generationHigh, Path targetLogFolder,
                                 Path checkpointFolder, List<String> databases) {
    public RestoreEnvironment {
        Objects.requireNonNull(backupLogFolder);
        Objects.requireNonNull(targetLogFolder);
        Objects.requireNonNull(checkpointFolder);
        databases = List.copyOf(databases);
        if (generationLow < 1 || generationHigh < generationLow) {
            throw new IllegalArgumentException("a backup set's logs run from a low to a high generation: " + generationLow + "-" + generationHigh);
        }
    }
}
