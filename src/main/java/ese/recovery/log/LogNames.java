package ese.recovery.log;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of one log stream's files, for a three-character base such as {@code EDB} (Exchange 5.5)
 * or {@code E00} (Exchange 2000, first storage group): {@code E0000015.log} (generation 0x15, hex,
 * five digits up to 0xFFFFF and eight beyond), {@code E00.log} (the current log), {@code E00tmp.log}
 * (the next log being prepared) and {@code E00.chk} (the checkpoint). Names compare case-insensitively,
 * as on Windows.
 */
public record LogNames(String base) {
    private static final Pattern BASE = Pattern.compile("[A-Za-z0-9]{3}");

    public LogNames {
        if (base == null || !BASE.matcher(base).matches()) {
            throw new IllegalArgumentException("a log base name is three letters or digits, such as EDB or E00: " + base);
        }
        base = base.toUpperCase(Locale.ROOT);
    }

    /** {@code E0000015.log} for generation 0x15. */
    public String numbered(int generation) {
        if (generation < 1) {
            throw new IllegalArgumentException("generations start at 1: " + generation);
        }
        String hex = Integer.toHexString(generation).toUpperCase(Locale.ROOT);
        String zeros = (generation <= 0xFFFFF ? "00000" : "00000000").substring(Math.min(hex.length(), generation <= 0xFFFFF ? 5 : 8));
        return base + zeros + hex + ".log";
    }

    /** {@code E00.log}. */
    public String current() {
        return base + ".log";
    }

    /** {@code E00tmp.log}. */
    public String temporary() {
        return base + "tmp.log";
    }

    /** {@code E00.chk}. */
    public String checkpoint() {
        return base + ".chk";
    }

    /** The generation a numbered log's name carries, if {@code fileName} is one of this stream's numbered logs. */
    public Optional<Integer> generationOf(String fileName) {
        int gen = generationIn(fileName);
        return gen > 0 ? Optional.of(gen) : Optional.empty();
    }

    /** As {@link #generationOf}, without boxing: the generation, or 0 if {@code fileName} is not one of this stream's numbered logs. */
    int generationIn(String fileName) {
        // base, five or eight hex digits, ".log"; letters compare case-insensitively (ASCII only)
        int digits = fileName.length() - base.length() - 4;
        if ((digits != 5 && digits != 8) || !asciiEqualsIgnoreCase(fileName, 0, base)
                || !asciiEqualsIgnoreCase(fileName, base.length() + digits, ".log")) {
            return 0;
        }
        long gen = 0;
        for (int i = base.length(); i < base.length() + digits; i++) {
            int d = Character.digit(fileName.charAt(i), 16);
            char c = fileName.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return 0;
            }
            gen = gen * 16 + d;
        }
        if (gen < 1 || gen > Integer.MAX_VALUE || (digits == 8 && gen <= 0xFFFFF)) {
            return 0;
        }
        return (int) gen;
    }

    private static boolean asciiEqualsIgnoreCase(String s, int from, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            char c = s.charAt(from + i);
            char e = expected.charAt(i);
            if (c != e && !(c < 128 && Character.toUpperCase(c) == Character.toUpperCase(e))) {
                return false;
            }
        }
        return true;
    }

    public boolean isCurrent(String fileName) {
        return fileName.equalsIgnoreCase(current());
    }

    public boolean isTemporary(String fileName) {
        return fileName.equalsIgnoreCase(temporary());
    }

    /**
     * Parses a name the way the articles write it: {@code E0000015.log} or {@code E00.log}.
     * Throws with a clear message for anything else.
     */
    public static Optional<Integer> parseGenerationName(String fileName) {
        Matcher m = Pattern.compile("([A-Za-z0-9]{3})([0-9A-Fa-f]{5}|[0-9A-Fa-f]{8})\\.log", Pattern.CASE_INSENSITIVE).matcher(fileName);
        if (m.matches()) {
            return new LogNames(m.group(1)).generationOf(fileName);
        }
        if (fileName.matches("(?i)[A-Za-z0-9]{3}\\.log")) {
            return Optional.empty();
        }
        throw new IllegalArgumentException("not a log file name (expected e.g. E0000015.log or E00.log): " + fileName);
    }

    private static final Pattern ANY_LOG = Pattern.compile("([A-Za-z0-9]{3})([0-9A-Fa-f]{5}|[0-9A-Fa-f]{8}|tmp)?\\.log", Pattern.CASE_INSENSITIVE);

    /**
     * The log stream a file belongs to, if its name is one of a stream's logs: {@code E00} for
     * {@code E0000015.log}, {@code E00.log} or {@code E00tmp.log}; empty for any other name.
     */
    public static Optional<LogNames> streamOf(String fileName) {
        Matcher m = ANY_LOG.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        LogNames names = new LogNames(m.group(1));
        boolean belongs = names.isCurrent(fileName) || names.isTemporary(fileName) || names.generationOf(fileName).isPresent();
        return belongs ? Optional.of(names) : Optional.empty();
    }

    /** Generation as eseutil shows it: {@code 21 (0x15)}. */
    public static String describe(int generation) {
        return generation + " (0x" + Integer.toHexString(generation).toUpperCase(Locale.ROOT) + ")";
    }
}
