package ese.recovery.jet;

/**
 * The file type byte ESE keeps at offset 667 of every database, log and checkpoint header
 * (JET_filetype* in jethdr.w); a header of the wrong type is JET_errFileInvalidType (-1812).
 */
public enum FileType {
    DATABASE(1), LOG(3), CHECKPOINT(4), PATCH(9), RESTORE_ENVIRONMENT(10);

    public static final int OFFSET = 667;
    private final int code;

    FileType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
