package ese.recovery.jet;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Damage done to real files, and the check every documented failure must pass. */
public final class FileFaults {
    private FileFaults() {
    }

    /** Flips bit {@code bit} of the byte at {@code offset}, in place on disk. Flipping it twice restores the file. */
    public static void flipBit(Path file, long offset, int bit) {
        try (Flipper f = flipper(file)) {
            f.flip(offset, bit);
        }
    }

    /** Keeps {@code file} open to flip many bits in turn, each written through to the file before the next read. */
    public static Flipper flipper(Path file) {
        try {
            return new Flipper(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An open file whose bits a test flips. */
    public static final class Flipper implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer one = ByteBuffer.allocate(1);

        private Flipper(FileChannel channel) {
            this.channel = channel;
        }

        public void flip(long offset, int bit) {
            try {
                one.clear();
                if (channel.read(one, offset) != 1) {
                    throw new IllegalArgumentException("offset " + offset + " is past the end of the file");
                }
                one.put(0, (byte) (one.get(0) ^ (1 << bit)));
                one.rewind();
                channel.write(one, offset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Cuts the file to {@code size} bytes. */
    public static void truncate(Path file, long size) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Offsets {@code 0 <= offset < length} to damage when every byte would take too long: every byte of the
     * fixed fields {@code [from, to)} given, and every 7th byte elsewhere.
     */
    public static int[] sampled(int length, int[]... fixedFields) {
        return java.util.stream.IntStream.range(0, length)
                .filter(o -> o % 7 == 0 || java.util.Arrays.stream(fixedFields).anyMatch(f -> o >= f[0] && o < f[1]))
                .toArray();
    }

    /**
     * Asserts that {@code call} fails with {@code expected} for {@code file}, with a one-line message
     * that starts with the file's name; further assertions can follow on the exception.
     */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertJetError(JetError expected, Path file, ThrowingCallable call) {
        JetException e = catchThrowableOfType(JetException.class, call);
        assertThat(e).as("%s on %s", expected, file.getFileName()).isNotNull();
        assertThat(e.error()).as(e.getMessage()).isEqualTo(expected);
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage())
                .startsWith(file.getFileName() + ": ")
                .endsWith("(" + expected + ")")
                .doesNotContain("\n", "\r");
        return assertThat(e);
    }
}
