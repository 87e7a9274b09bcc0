package ese.recovery.jet;

import java.util.zip.CRC32C;

/** The model's page and block checksum: CRC-32C (ESE uses its own XOR/ECC checksums; see docs/file-format.md). */
public final class Checksum {
    private Checksum() {
    }

    public static int of(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** Writes the checksum of bytes [4, length) into bytes [0, 4), little-endian. */
    public static void seal(byte[] bytes, int offset, int length) {
        int c = of(bytes, offset + 4, length - 4);
        bytes[offset] = (byte) c;
        bytes[offset + 1] = (byte) (c >>> 8);
        bytes[offset + 2] = (byte) (c >>> 16);
        bytes[offset + 3] = (byte) (c >>> 24);
    }

    /** True when bytes [0, 4) hold the checksum of bytes [4, length). */
    public static boolean verifies(byte[] bytes, int offset, int length) {
        int stored = (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16 | (bytes[offset + 3] & 0xFF) << 24;
        return stored == of(bytes, offset + 4, length - 4);
    }

    public static int stored(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16 | (bytes[offset + 3] & 0xFF) << 24;
    }
}
