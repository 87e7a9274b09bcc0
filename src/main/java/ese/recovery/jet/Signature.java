package ese.recovery.jet;

import java.util.Objects;

/**
 * ESE's SIGNATURE: a random 32-bit value, the creation time, and the creating computer's name
 * (16 bytes). A log stream's signature is set when generation 1 is created and is carried by every
 * log, the checkpoint and each attached database; a database has a signature of its own.
 */
public record Signature(int random, LogTime created, String computerName) {
    public static final int SIZE = 4 + LogTime.SIZE + 16;
    public static final Signature NONE = new Signature(0, LogTime.NONE, "");

    public Signature {
        Objects.requireNonNull(created);
        Objects.requireNonNull(computerName);
        if (computerName.length() > 16) {
            throw new IllegalArgumentException("computer name longer than 16 characters: " + computerName);
        }
        if (!printableAscii(computerName)) {
            throw new IllegalArgumentException("a computer name is printable ASCII (it is stored as 16 bytes): " + computerName);
        }
    }

    private static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    public boolean isSet() {
        return !equals(NONE);
    }

    public void writeTo(ByteWriter out) {
        out.u32(random);
        created.writeTo(out);
        out.fixedAscii(computerName, 16);
    }

    public static Signature readFrom(ByteReader in) {
        int random = in.u32();
        LogTime created = LogTime.readFrom(in);
        String name = in.fixedAscii(16);
        Signature s = new Signature(random, created, name);
        return s.random == 0 && !created.isSet() && name.isEmpty() ? NONE : s;
    }

    /** As eseutil shows it: {@code Create time:11/22/2026 10:00:00.000 Rand:12345 Computer:EXCH01}. */
    @Override
    public String toString() {
        if (!isSet()) {
            return "none";
        }
        return "Create time:" + created + " Rand:" + Integer.toUnsignedString(random) + " Computer:" + computerName;
    }
}
