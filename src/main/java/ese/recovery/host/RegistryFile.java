package ese.recovery.host;

import ese.recovery.io.Disk;
import ese.recovery.jet.Checksum;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registry keys as a text file in the REGEDIT4 export format ({@code .reg}, ISO-8859-1), which a person can read:
 * a {@code REGEDIT4} line, then per key a {@code [path]} line and its values, one a line:
 * {@code "name"="text"} (REG_SZ), {@code "name"=dword:0000001f}, {@code "name"=hex:00,01} (REG_BINARY),
 * {@code "name"=hex(7):...} (REG_MULTI_SZ, each string ended by a zero byte, the list by another); then,
 * as a {@code ;} comment regedit would skip, the CRC-32C of everything before it. Reading is strict:
 * any other line, a value outside a key, a repeated key or value, bad hex, or a checksum that does not
 * match is a {@link MalformedFileException} naming the file and the line.
 */
public final class RegistryFile {
    static final String HEADER = "REGEDIT4";
    private static final String SEAL = "; CRC-32C 0x";
    private static final Pattern KEY = Pattern.compile("\\[([^\\]]+)]");
    private static final Pattern VALUE = Pattern.compile("\"((?:[^\"\\\\]|\\\\[\"\\\\])+)\"=(.*)");
    private static final Pattern SZ = Pattern.compile("\"((?:[^\"\\\\]|\\\\[\"\\\\])*)\"");
    private static final Pattern DWORD = Pattern.compile("dword:([0-9a-f]{8})");
    private static final Pattern HEX = Pattern.compile("hex(\\(7\\))?:((?:[0-9a-f]{2})(?:,[0-9a-f]{2})*)?");

    private RegistryFile() {
    }

    /** The file's text for {@code tree}, sealed with its checksum. */
    public static String text(RegistryTree tree) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        tree.keys().forEach((key, values) -> {
            out.append("\r\n[").append(key).append("]\r\n");
            values.forEach((name, data) -> out.append('"').append(escape(name)).append("\"=").append(encode(data)).append("\r\n"));
        });
        out.append("\r\n");
        String body = out.toString();
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        return body + SEAL + String.format("%08x", Checksum.of(bytes, 0, bytes.length)) + "\r\n";
    }

    /** Writes {@code tree} to {@code file} through a temporary file, so a failed write leaves the old file whole. */
    public static void write(Disk disk, Path file, RegistryTree tree) {
        byte[] bytes = text(tree).getBytes(StandardCharsets.ISO_8859_1);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (disk.exists(tmp)) {
            disk.delete(tmp);
        }
        disk.create(tmp, bytes);
        disk.flush(tmp);
        disk.replace(tmp, file);
    }

    public static RegistryTree read(Disk disk, Path file) {
        return parse(file, disk.read(file));
    }

    public static RegistryTree parse(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int sealAt = text.lastIndexOf(SEAL);
        if (sealAt < 0) {
            throw new MalformedFileException(file, 0, "no '" + SEAL.trim() + "' line: the file is incomplete");
        }
        String sealLine = text.substring(sealAt);
        int sealLineNumber = lineNumber(text, sealAt);
        Matcher m = Pattern.compile("; CRC-32C 0x([0-9a-f]{8})\r\n").matcher(sealLine);
        if (!m.matches()) {
            throw new MalformedFileException(file, sealLineNumber, "the checksum line must be the last line, '; CRC-32C 0x' and 8 hex digits");
        }
        int stored = Integer.parseUnsignedInt(m.group(1), 16);
        int actual = Checksum.of(bytes, 0, sealAt);
        if (stored != actual) {
            throw new MalformedFileException(file, sealLineNumber, String.format("checksum mismatch: the file says 0x%08x, its contents give 0x%08x", stored, actual));
        }
        String body = text.substring(0, sealAt);
        if (!body.endsWith("\r\n")) {
            throw new MalformedFileException(file, sealLineNumber, "the checksum line must start a line");
        }
        String[] lines = body.substring(0, body.length() - 2).split("\r\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new MalformedFileException(file, 1, "the first line must be " + HEADER + ", not '" + lines[0] + "'");
        }
        SortedMap<String, Map<String, RegistryData>> keys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, RegistryData> current = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int n = i + 1;
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new MalformedFileException(file, n, "lines end with CR LF");
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher key = KEY.matcher(line);
            Matcher value = VALUE.matcher(line);
            if (key.matches()) {
                String path;
                try {
                    path = RegistryTree.path(key.group(1));
                } catch (IllegalArgumentException e) {
                    throw new MalformedFileException(file, n, e.getMessage());
                }
                if (keys.containsKey(path)) {
                    throw new MalformedFileException(file, n, "key [" + path + "] appears twice");
                }
                current = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                keys.put(path, current);
            } else if (value.matches()) {
                if (current == null) {
                    throw new MalformedFileException(file, n, "a value before any [key] line");
                }
                String name = unescape(value.group(1));
                if (current.containsKey(name)) {
                    throw new MalformedFileException(file, n, "value \"" + name + "\" appears twice in its key");
                }
                current.put(name, decode(file, n, value.group(2)));
            } else {
                throw new MalformedFileException(file, n, "neither a [key] nor a \"value\"=data line: '" + line + "'");
            }
        }
        return new RegistryTree(keys);
    }

    private static int lineNumber(String text, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String encode(RegistryData data) {
        if (data instanceof RegistryData.Sz sz) {
            return '"' + escape(sz.text()) + '"';
        }
        if (data instanceof RegistryData.Dword d) {
            return String.format("dword:%08x", d.value());
        }
        if (data instanceof RegistryData.Binary b) {
            return "hex:" + hex(b.bytes());
        }
        RegistryData.MultiSz ms = (RegistryData.MultiSz) data;
        StringBuilder s = new StringBuilder();
        for (String x : ms.strings()) {
            s.append(x).append('\0');
        }
        s.append('\0');
        return "hex(7):" + hex(s.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static RegistryData decode(Path file, int n, String text) {
        try {
            return decodeData(file, n, text);
        } catch (IllegalArgumentException e) {
            throw new MalformedFileException(file, n, e.getMessage());
        }
    }

    private static RegistryData decodeData(Path file, int n, String text) {
        Matcher sz = SZ.matcher(text);
        if (sz.matches()) {
            return new RegistryData.Sz(unescape(sz.group(1)));
        }
        Matcher dw = DWORD.matcher(text);
        if (dw.matches()) {
            return new RegistryData.Dword(Integer.parseUnsignedInt(dw.group(1), 16));
        }
        Matcher hex = HEX.matcher(text);
        if (hex.matches()) {
            byte[] bytes = hex.group(2) == null ? new byte[0] : HexFormat.ofDelimiter(",").parseHex(hex.group(2));
            if (hex.group(1) == null) {
                return new RegistryData.Binary(bytes);
            }
            return multiSz(file, n, bytes);
        }
        throw new MalformedFileException(file, n, "data must be \"text\", dword:8 hex digits, hex:.. or hex(7):..; found '" + text + "'");
    }

    private static RegistryData multiSz(Path file, int n, byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        if (all.equals("\0")) {
            return new RegistryData.MultiSz(List.of());
        }
        if (!all.endsWith("\0\0")) {
            throw new MalformedFileException(file, n, "a hex(7) list ends with a zero byte after its last string's own");
        }
        List<String> strings = new ArrayList<>(List.of(all.substring(0, all.length() - 2).split("\0", -1)));
        return new RegistryData.MultiSz(strings);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(",").formatHex(bytes);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
