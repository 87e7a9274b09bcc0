package ese.recovery.advice;

/** The sections of the articles the advice cites, with the sentence each rests on. */
final class Articles {
    static final String KB812592 = "KB 812592 (How and when to manipulate Exchange transaction logs in disaster recovery)";

    static final Advice.Source SOFT_RECOVERY = new Advice.Source(KB812592, "Definitions",
            "Note that soft recovery requires that EDB/E00.log, the highest log, is present.");
    static final Advice.Source WHEN_NOT = new Advice.Source(KB812592, "When not to manipulate log files",
            "Do not manipulate log files if a failed soft recovery on the database has already occurred.");
    static final Advice.Source HARD_RECOVERY = new Advice.Source(KB812592, "Completing a hard recovery does not require that log files be renamed",
            "Only manipulate logs files after a database has been restored, but before hard recovery has completed on the database.");
    static final Advice.Source HARD_RECOVERY_E00 = new Advice.Source(KB812592, "Definitions",
            "Note that hard recovery does not require that EDB/E00.log, the highest log, is present.");
    static final Advice.Source WHEN_TO = new Advice.Source(KB812592, "When to manipulate the log files",
            "The only time you should rename log files is if Soft recovery has not yet failed on the database.");
    static final Advice.Source CONCLUSION = new Advice.Source(KB812592, "Conclusion",
            "The only scenario when log files can be renamed is if you restore a previous offline backup, and the log files on the drive are damaged.");

    private Articles() {
    }
}
