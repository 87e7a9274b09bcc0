package ese.recovery.jet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Little-endian writer into a growable buffer: the byte order of ESE's on-disk structures. */
public final class ByteWriter {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes;
    private int position;

    public ByteWriter(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int more) {
        if (position + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, position + more));
        }
    }

    public ByteWriter u8(int v) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException("not an unsigned 8-bit value: " + v);
        }
        ensure(1);
        bytes[position++] = (byte) v;
        return this;
    }

    public ByteWriter u16(int v) {
        if (v < 0 || v > 0xFFFF) {
            throw new IllegalArgumentException("not an unsigned 16-bit value: " + v);
        }
        ensure(2);
        bytes[position++] = (byte) v;
        bytes[position++] = (byte) (v >>> 8);
        return this;
    }

    public ByteWriter u32(int v) {
        ensure(4);
        INT.set(bytes, position, v);
        position += 4;
        return this;
    }

    public ByteWriter u64(long v) {
        ensure(8);
        LONG.set(bytes, position, v);
        position += 8;
        return this;
    }

    public ByteWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, position, b.length);
        position += b.length;
        return this;
    }

    /** A 16-bit length followed by the bytes. */
    public ByteWriter blob(byte[] b) {
        return u16(b.length).bytes(b);
    }

    public ByteWriter utf8(String s) {
        return blob(s.getBytes(StandardCharsets.UTF_8));
    }

    public ByteWriter fixedAscii(String s, int width) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        if (b.length > width) {
            throw new IllegalArgumentException("'" + s + "' longer than " + width + " bytes");
        }
        bytes(b);
        return zeros(width - b.length);
    }

    public ByteWriter zeros(int n) {
        ensure(n);
        position += n;
        return this;
    }

    /** Moves to an absolute offset, zero-filling any gap. */
    public ByteWriter at(int offset) {
        if (offset < position) {
            throw new IllegalStateException("offset " + offset + " already written (at " + position + ")");
        }
        return zeros(offset - position);
    }

    public int position() {
        return position;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, position);
    }

    /** The bytes, zero-padded to exactly {@code size}. */
    public byte[] toByteArray(int size) {
        if (position > size) {
            throw new IllegalStateException(position + " bytes do not fit in " + size);
        }
        return Arrays.copyOf(bytes, size);
    }
}
