package ese.recovery.checkpoint;

import ese.recovery.io.Disk;
import ese.recovery.jet.ByteReader;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.FileType;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reading and writing {@code <base>.chk}: two 4 KiB copies, primary then shadow, so that a write torn
 * by a crash leaves one good copy. Only when both are bad is it JET_errCheckpointCorrupt (-533).
 */
public final class CheckpointFile {
    private CheckpointFile() {
    }

    /** The checkpoint, or empty when the file does not exist (then recovery starts at the lowest log). */
    public static Optional<Checkpoint> read(Disk disk, Path file) {
        if (!disk.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes = disk.read(file);
        for (int offset : new int[] {0, Checkpoint.SIZE}) {
            if (bytes.length >= offset + Checkpoint.SIZE && Checksum.verifies(bytes, offset, Checkpoint.SIZE)) {
                String magic = new String(bytes, offset + 4, 6, StandardCharsets.US_ASCII);
                if (!magic.equals(Checkpoint.MAGIC) || (bytes[offset + FileType.OFFSET] & 0xFF) != FileType.CHECKPOINT.code()) {
                    throw new JetException(JetError.JET_errFileInvalidType, file, "not a checkpoint file (no checkpoint magic or file type in its header)");
                }
                try {
                    return Optional.of(Checkpoint.parse(bytes, offset));
                } catch (ByteReader.FormatException e) {
                    // a checksummed copy that does not parse is as bad as a torn one: try the other
                }
            }
        }
        throw new JetException(JetError.JET_errCheckpointCorrupt, file, "both copies of the checkpoint are damaged (" + bytes.length + " bytes)");
    }

    /** Writes both copies in place and flushes (creating the file if needed). */
    public static void write(Disk disk, Path file, Checkpoint checkpoint) {
        byte[] one = checkpoint.toBytes();
        if (!disk.exists(file)) {
            byte[] both = new byte[2 * Checkpoint.SIZE];
            System.arraycopy(one, 0, both, 0, one.length);
            System.arraycopy(one, 0, both, Checkpoint.SIZE, one.length);
            disk.create(file, both);
        } else {
            disk.write(file, 0, one);
            disk.write(file, Checkpoint.SIZE, one);
        }
        disk.flush(file);
    }
}
