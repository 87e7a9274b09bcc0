package ese.recovery.host;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** The data of a registry value, by its type: REG_SZ, REG_DWORD, REG_BINARY, REG_MULTI_SZ. */
public sealed interface RegistryData {

    /** The type's name as the registry tools show it, e.g. REG_DWORD. */
    String type();

    /** The data as {@code reg query} shows it, e.g. {@code 0x1} for a REG_DWORD. */
    String shown();

    record Sz(String text) implements RegistryData {
        public Sz {
            RegistryData.requirePrintable(text);
        }

        @Override
        public String type() {
            return "REG_SZ";
        }

        @Override
        public String shown() {
            return text;
        }
    }

    record Dword(int value) implements RegistryData {
        @Override
        public String type() {
            return "REG_DWORD";
        }

        @Override
        public String shown() {
            return "0x" + Integer.toHexString(value);
        }

        public long unsigned() {
            return Integer.toUnsignedLong(value);
        }
    }

    record Binary(byte[] bytes) implements RegistryData {
        public Binary {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String type() {
            return "REG_BINARY";
        }

        @Override
        public String shown() {
            return HexFormat.of().withUpperCase().formatHex(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Binary b && Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Binary[" + shown() + "]";
        }
    }

    record MultiSz(List<String> strings) implements RegistryData {
        public MultiSz {
            strings = List.copyOf(strings);
            for (String s : strings) {
                RegistryData.requirePrintable(s);
                if (s.isEmpty()) {
                    throw new IllegalArgumentException("a REG_MULTI_SZ cannot hold an empty string: it ends the list");
                }
            }
        }

        @Override
        public String type() {
            return "REG_MULTI_SZ";
        }

        @Override
        public String shown() {
            return String.join("\\0", strings);
        }
    }

    /** Registry files are written in ISO-8859-1 (REGEDIT4 is an ANSI format): no control characters, nothing beyond U+00FF. */
    private static void requirePrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0xFF || c == 0x7F) {
                throw new IllegalArgumentException("registry strings here hold printable ISO-8859-1 characters only: " + s);
            }
        }
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(s)) {
            throw new IllegalArgumentException("not ISO-8859-1: " + s);
        }
    }
}
