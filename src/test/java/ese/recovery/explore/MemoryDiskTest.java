package ese.recovery.explore;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's {@link MemoryDisk} against {@code NioDisk.unforced()} over Jimfs, the disk the explorer
 * ran on before: the same random operations on both, on files and folders that exist or not, give the
 * same results, the same JET errors and the same files. Copies are independent.
 */
class MemoryDiskTest {
    private static final String[] PATHS = {"/a", "/a/x", "/a/y", "/a/b", "/a/b/z", "/a/b/x", "/c", "/c/x", "/c/E00.log"};

    @Test
    void behavesAsNioDiskOverJimfs() throws IOException {
        for (long seed = 1; seed <= 300; seed++) {
            try (FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix())) {
                Disk nio = NioDisk.unforced();
                MemoryDisk memory = new MemoryDisk();
                Random random = new Random(seed);
                for (int step = 0; step < 60; step++) {
                    int op = random.nextInt(13);
                    String a = PATHS[random.nextInt(PATHS.length)];
                    String b = PATHS[random.nextInt(PATHS.length)];
                    byte[] data = new byte[random.nextInt(3) * 300 + random.nextInt(5)];
                    random.nextBytes(data);
                    long offset = random.nextInt(4) * 200L;
                    int length = random.nextInt(700);
                    String expected;
                    String actual;
                    try {
                        actual = apply(memory, op, MemoryDisk.PATHS::getPath, a, b, data, offset, length);
                    } catch (UnsupportedOperationException e) {
                        continue; // moving a folder: the explorer never does, MemoryDisk refuses it loudly
                    }
                    expected = apply(nio, op, jimfs::getPath, a, b, data, offset, length);
                    String where = "seed " + seed + " step " + step + " op " + op + " " + a + " " + b;
                    assertThat(actual).as(where).isEqualTo(expected);
                    assertThat(tree(memory, MemoryDisk.PATHS::getPath)).as(where).isEqualTo(tree(nio, jimfs::getPath));
                }
            }
        }
    }

    @Test
    void aCopyIsIndependent() {
        MemoryDisk disk = new MemoryDisk();
        Path folder = MemoryDisk.PATHS.getPath("/f");
        Path file = folder.resolve("E00.log");
        disk.createDirectories(folder);
        disk.create(file, new byte[] {1, 2, 3});
        MemoryDisk copy = disk.copy();
        copy.write(file, 1, new byte[] {9});
        copy.create(folder.resolve("E00.chk"), new byte[] {4});
        assertThat(disk.read(file)).containsExactly(1, 2, 3);
        assertThat(disk.list(folder)).containsExactly(file);
        assertThat(copy.read(file)).containsExactly(1, 9, 3);
        disk.read(file)[0] = 7;
        assertThat(disk.read(file)).containsExactly(1, 2, 3);
        byte[] shared = disk.shared(file);
        disk.write(file, 0, new byte[] {5});
        disk.write(file, 2, new byte[] {6});
        assertThat(shared).containsExactly(1, 2, 3);
        assertThat(disk.read(file)).containsExactly(5, 2, 6);
        assertThat(copy.read(file)).containsExactly(1, 9, 3);
        assertThat(disk.sameFiles(copy)).isFalse();
        assertThat(disk.copy().sameFiles(disk)).isTrue();
    }

    private static String apply(Disk disk, int op, Function<String, Path> path, String a, String b, byte[] data, long offset, int length) {
        Path p = path.apply(a);
        Path q = path.apply(b);
        try {
            return switch (op) {
                case 0 -> String.valueOf(disk.exists(p));
                case 1 -> String.valueOf(disk.isDirectory(p));
                case 2 -> String.valueOf(disk.size(p));
                case 3 -> Arrays.toString(disk.read(p));
                case 4 -> Arrays.toString(disk.read(p, offset, length));
                case 5 -> {
                    disk.create(p, data);
                    yield "created";
                }
                case 6 -> {
                    disk.write(p, offset, data);
                    yield "written";
                }
                case 7 -> {
                    disk.flush(p);
                    yield "flushed";
                }
                case 8 -> {
                    disk.rename(p, q);
                    yield "renamed";
                }
                case 9 -> {
                    disk.replace(p, q);
                    yield "replaced";
                }
                case 10 -> {
                    disk.delete(p);
                    yield "deleted";
                }
                case 11 -> disk.list(p).toString();
                default -> {
                    disk.createDirectories(p);
                    yield "folders";
                }
            };
        } catch (JetException e) {
            return e.error() + " " + e.getMessage();
        }
    }

    /** Every folder and file under the root, with the files' bytes. */
    private static List<String> tree(Disk disk, Function<String, Path> path) {
        List<String> out = new ArrayList<>();
        for (String s : PATHS) {
            Path p = path.apply(s);
            if (disk.isDirectory(p)) {
                out.add(s + "/");
            } else if (disk.exists(p)) {
                out.add(s + " " + Arrays.toString(disk.read(p)));
            }
        }
        return out;
    }
}
