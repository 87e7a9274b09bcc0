package ese.recovery.engine;

import ese.recovery.io.Disk;
import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code restore.env}, written by an Exchange 2000 restore into the folder holding the restored logs and
 * read by hard recovery (eseutil /cc; /cm dumps it): the restore environment and the status of the last
 * recovery run on it. Checksummed, 4 KiB.
 */
public final class RestoreEnvironmentFile {
    public static final String NAME = "restore.env";
    private static final String MAGIC = "ESERSTR";
    private static final int SIZE = 4096;

    /** The status of hard recovery on this restore. */
    public enum Status { PENDING, RECOVERED, FAILED }

    public record Contents(RestoreEnvironment environment, Status status, int lastError) {
    }

    private RestoreEnvironmentFile() {
    }

    public static void write(Disk disk, Path folder, Contents contents) {
        ByteWriter w = new ByteWriter(SIZE);
        RestoreEnvironment env = contents.environment();
        w.u32(0).fixedAscii(MAGIC, 8).u32(env.generationLow()).u32(env.generationHigh());
        w.utf8(env.backupLogFolder().toString()).utf8(env.targetLogFolder().toString()).utf8(env.checkpointFolder().toString());
        w.u16(env.databases().size());
        env.databases().forEach(w::utf8);
        w.u8(contents.status().ordinal()).u32(contents.lastError());
        byte[] bytes = w.toByteArray(SIZE);
        Checksum.seal(bytes, 0, SIZE);
        Path file = folder.resolve(NAME);
        if (disk.exists(file)) {
            disk.write(file, 0, bytes);
        } else {
            disk.create(file, bytes);
        }
        disk.flush(file);
    }

    public static Optional<Contents> read(Disk disk, Path folder) {
        Path file = folder.resolve(NAME);
        if (!disk.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes = disk.read(file);
        if (bytes.length != SIZE || !Checksum.verifies(bytes, 0, SIZE)
                || !new String(bytes, 4, MAGIC.length(), StandardCharsets.US_ASCII).equals(MAGIC)) {
            throw new JetException(JetError.JET_errFileInvalidType, file, "not a restore environment, or a damaged one");
        }
        try {
            ByteReader r = new ByteReader(bytes, 12, SIZE - 12);
            int low = r.u32();
            int high = r.u32();
            // the paths are on the file system restore.env is on (an in-memory one in the explorer), not the default one
            FileSystem fs = folder.getFileSystem();
            Path backup = fs.getPath(r.utf8());
            Path target = fs.getPath(r.utf8());
            Path checkpoint = fs.getPath(r.utf8());
            int n = r.u16();
            List<String> dbs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                dbs.add(r.utf8());
            }
            int status = r.u8();
            int error = r.u32();
            if (status >= Status.values().length) {
                throw new ByteReader.FormatException("unknown status " + status);
            }
            return Optional.of(new Contents(new RestoreEnvironment(backup, low, high, target, checkpoint, dbs), Status.values()[status], error));
        } catch (ByteReader.FormatException | IllegalArgumentException e) {
            throw new JetException(JetError.JET_errFileInvalidType, file, "malformed restore environment: " + e.getMessage());
        }
    }
}
