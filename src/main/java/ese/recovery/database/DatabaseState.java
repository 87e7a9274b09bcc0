package ese.recovery.database;

/** ESE's JET_dbstate values, with the words eseutil /mh prints. */
public enum DatabaseState {
    JUST_CREATED(1, "Just Created"),
    DIRTY_SHUTDOWN(2, "Dirty Shutdown"),
    CLEAN_SHUTDOWN(3, "Clean Shutdown"),
    BEING_CONVERTED(4, "Being Converted"),
    FORCE_DETACH(5, "Force Detach");

    private final int code;
    private final String shown;

    DatabaseState(int code, String shown) {
        this.code = code;
        this.shown = shown;
    }

    public int code() {
        return code;
    }

    /** "Clean Shutdown" / "Dirty Shutdown", as eseutil shows the state. */
    public String shown() {
        return shown;
    }

    /** Consistent is the article's word for Clean Shutdown. */
    public boolean consistent() {
        return this == CLEAN_SHUTDOWN;
    }

    public static DatabaseState ofCode(int code) {
        for (DatabaseState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown database state " + code);
    }
}
