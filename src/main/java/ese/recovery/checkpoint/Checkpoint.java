package ese.recovery.checkpoint;

import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.FileType;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;

import java.util.Objects;

/**
 * The checkpoint file ({@code E00.chk}): the log position from which soft recovery must start,
 * and the signature of the log stream it belongs to, as ESE's CHECKPOINT. eseutil /mk shows it.
 */
public record Checkpoint(Lgpos checkpoint, Signature logSignature, LogTime written, Lgpos lastFullBackup, String database) {
    public static final int SIZE = 4096;
    public static final String MAGIC = "ESECHK";

    public Checkpoint {
        Objects.requireNonNull(checkpoint);
        Objects.requireNonNull(logSignature);
        Objects.requireNonNull(written);
        Objects.requireNonNull(lastFullBackup);
        Objects.requireNonNull(database);
    }

    /** The generation soft recovery starts from. */
    public int generation() {
        return checkpoint.generation();
    }

    public Checkpoint at(Lgpos position, LogTime time) {
        return new Checkpoint(position, logSignature, time, lastFullBackup, database);
    }

    byte[] toBytes() {
        ByteWriter w = new ByteWriter(SIZE);
        w.u32(0).fixedAscii(MAGIC, 8);
        checkpoint.writeTo(w);
        logSignature.writeTo(w);
        written.writeTo(w);
        lastFullBackup.writeTo(w);
        w.utf8(database);
        w.at(FileType.OFFSET).u8(FileType.CHECKPOINT.code());
        byte[] bytes = w.toByteArray(SIZE);
        Checksum.seal(bytes, 0, SIZE);
        return bytes;
    }

    static Checkpoint parse(byte[] bytes, int offset) {
        ByteReader r = new ByteReader(bytes, offset, SIZE);
        r.at(offset + 12);
        return new Checkpoint(Lgpos.readFrom(r), Signature.readFrom(r), LogTime.readFrom(r), Lgpos.readFrom(r), r.utf8());
    }
}
