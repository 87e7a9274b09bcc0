package ese.recovery.jet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Little-endian reader over a byte range; running past the end is a {@link FormatException}, never an index error. */
public final class ByteReader {
    /** Bytes that do not form the structure being read. Callers turn it into the JET error that fits the file. */
    public static final class FormatException extends RuntimeException {
        public FormatException(String message) {
            super(message);
        }
    }

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] bytes;
    /** Where offset 0 of this reader is in {@code bytes}: 0, except for a {@link #slice}. */
    private final int origin;
    private final int end;
    private int position;

    public ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public ByteReader(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, 0);
    }

    private ByteReader(byte[] bytes, int offset, int length, int origin) {
        if (offset < 0 || length < 0 || length > bytes.length - offset) {
            throw new FormatException("range " + offset + "+" + length + " outside " + bytes.length + " bytes");
        }
        this.bytes = bytes;
        this.origin = origin;
        this.position = offset;
        this.end = offset + length;
    }

    private void need(int n) {
        if (n < 0 || position + n > end) {
            throw new FormatException("truncated: needed " + n + " bytes at offset " + (position - origin) + ", only " + (end - position) + " left");
        }
    }

    /**
     * The next {@code n} bytes as a reader of their own, offsets starting at 0, as if they had been
     * copied out with {@link #bytes(int)} (they are not: the slice reads this reader's array).
     */
    public ByteReader slice(int n) {
        need(n);
        ByteReader slice = new ByteReader(bytes, position, n, position);
        position += n;
        return slice;
    }

    public int u8() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    public int u16() {
        need(2);
        int v = (bytes[position] & 0xFF) | ((bytes[position + 1] & 0xFF) << 8);
        position += 2;
        return v;
    }

    public int u32() {
        need(4);
        int v = (int) INT.get(bytes, position);
        position += 4;
        return v;
    }

    public long u64() {
        need(8);
        long v = (long) LONG.get(bytes, position);
        position += 8;
        return v;
    }

    public byte[] bytes(int n) {
        need(n);
        byte[] b = new byte[n];
        System.arraycopy(bytes, position, b, 0, n);
        position += n;
        return b;
    }

    public byte[] blob() {
        return bytes(u16());
    }

    public String utf8() {
        return new String(blob(), StandardCharsets.UTF_8);
    }

    public String fixedAscii(int width) {
        byte[] b = bytes(width);
        int n = 0;
        while (n < width && b[n] != 0) {
            n++;
        }
        for (int i = n; i < width; i++) {
            if (b[i] != 0) {
                throw new FormatException("text field has bytes after its terminator");
            }
        }
        return new String(b, 0, n, StandardCharsets.US_ASCII);
    }

    public ByteReader at(int absoluteOffset) {
        if (absoluteOffset < 0 || origin + absoluteOffset > end) {
            throw new FormatException("offset " + absoluteOffset + " outside the structure");
        }
        position = origin + absoluteOffset;
        return this;
    }

    public int position() {
        return position - origin;
    }

    public int remaining() {
        return end - position;
    }
}
