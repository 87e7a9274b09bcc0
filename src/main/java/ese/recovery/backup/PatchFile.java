package ese.recovery.backup;

import ese.recovery.database.BackupInfo;
import ese.recovery.io.Disk;
import ese.recovery.jet.ByteReader;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Signature;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A database patch file ({@code priv1.pat}), written by an online backup before Exchange 2000 SP2: an
 * 8 KiB header (two copies) naming the database and log stream it belongs to and the backup's log range
 * (KB Q158526, Q271847). Hard recovery needs it (JET_errPatchFileMissing, -538) and checks that it was
 * made from this backup (JET_errDatabasePatchFileMismatch, -552); it is where the backup set's highest
 * generation is recorded.
 */
public record PatchFile(Signature databaseSignature, Signature logSignature, BackupInfo backup) {
    private static final String MAGIC = "ESEPAT";
    private static final int SIZE = 4096;

    /** {@code priv1.pat} for {@code priv1.edb}. */
    public static String nameFor(String databaseName) {
        int dot = databaseName.lastIndexOf('.');
        return (dot < 0 ? databaseName : databaseName.substring(0, dot)) + ".pat";
    }

    public void write(Disk disk, Path file) {
        ByteWriter w = new ByteWriter(SIZE);
        w.u32(0).fixedAscii(MAGIC, 8);
        databaseSignature.writeTo(w);
        logSignature.writeTo(w);
        backup.mark().writeTo(w);
        backup.markTime().writeTo(w);
        w.u32(backup.generationLow()).u32(backup.generationHigh());
        byte[] one = w.toByteArray(SIZE);
        Checksum.seal(one, 0, SIZE);
        byte[] both = new byte[2 * SIZE];
        System.arraycopy(one, 0, both, 0, SIZE);
        System.arraycopy(one, 0, both, SIZE, SIZE);
        disk.create(file, both);
        disk.flush(file);
    }

    public static PatchFile read(Disk disk, Path file) {
        if (!disk.exists(file)) {
            throw new JetException(JetError.JET_errPatchFileMissing, file, "the patch file is missing from the restored backup set");
        }
        byte[] bytes = disk.read(file);
        for (int offset : new int[] {0, SIZE}) {
            if (bytes.length >= offset + SIZE && Checksum.verifies(bytes, offset, SIZE)
                    && new String(bytes, offset + 4, MAGIC.length(), StandardCharsets.US_ASCII).equals(MAGIC)) {
                try {
                    ByteReader r = new ByteReader(bytes, offset + 12, SIZE - 12);
                    Signature db = Signature.readFrom(r);
                    Signature log = Signature.readFrom(r);
                    var mark = ese.recovery.jet.Lgpos.readFrom(r);
                    var time = ese.recovery.jet.LogTime.readFrom(r);
                    return new PatchFile(db, log, new BackupInfo(mark, time, r.u32(), r.u32()));
                } catch (ByteReader.FormatException e) {
                    // try the other copy
                }
            }
        }
        throw new JetException(JetError.JET_errDatabasePatchFileMismatch, file, "not a patch file, or both copies of its header are damaged");
    }
}
