package ese.recovery.jet;

/**
 * The file type ESE keeps at offset 667 of every database, log and checkpoint header: a little-endian
 * 32-bit JET_filetype value (JET_filetypeDatabase 1, JET_filetypeLog 3, JET_filetypeCheckpoint 4;
 * published/inc/jethdr.w). A header of the wrong type is JET_errFileInvalidType (-1812).
 * <p>
 * ESE has no file type for a database patch file ({@code .pat}) or for {@code restore.env}: the type
 * field came with log format 7.3704.5, the same change that removed patch files, and restore.env is
 * written by the backup client, not by the engine. Both carry {@link #UNKNOWN} (0, "unknown, or not an
 * ESE file type") and are told apart by their magic.
 */
public enum FileType {
    UNKNOWN(0), DATABASE(1), LOG(3), CHECKPOINT(4), PATCH(0), RESTORE_ENVIRONMENT(0);

    public static final int OFFSET = 667;
    private final int code;

    FileType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
