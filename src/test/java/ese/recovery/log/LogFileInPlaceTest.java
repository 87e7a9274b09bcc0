package ese.recovery.log;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.Lgpos;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static ese.recovery.log.LogFixtures.header;
import static ese.recovery.log.LogFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a log in place ({@link LogFile#scanInPlace}, what redo reads) finds what {@link LogFile#scan}
 * finds: the same damage with the same reason, the same end, and the same records at the same positions.
 * Every bit of every block's records flipped in turn with the block's checksum made right again, so that
 * the records themselves are malformed (lengths, types, fields) and not only the checksum wrong; and an
 * intact log of every record type.
 */
class LogFileInPlaceTest {
    private static final int GEN = 0x15;

    @Test
    void inPlaceFindsWhatTheScanFindsWhateverTheRecords() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Disk disk = NioDisk.unforced();
            Path folder = fs.getPath("/logs");
            Files.createDirectories(folder);
            Path file = folder.resolve(new LogNames("E00").numbered(GEN));
            LogWriter w = LogWriter.create(disk, file, header(GEN));
            List<LogRecord> all = LogFixtures.everyType();
            List<int[]> blocks = new ArrayList<>();
            for (List<LogRecord> block : List.of(all.subList(0, 2),
                    List.of(new LogRecord.PageWrite(1, 4, 50, 51, image(600, 3), image(600, 4)), all.get(2), all.get(3)),
                    all.subList(4, all.size()))) {
                int sector = w.end().sector();
                w.append(block);
                blocks.add(new int[] {sector * 512, (w.end().sector() - sector) * 512});
            }
            assertSame(disk, file, "intact");
            byte[] pristine = disk.read(file);
            int compared = 0;
            for (int[] block : blocks) {
                int length = readInt(pristine, block[0] + 16);
                for (int at = block[0] + LogFile.BLOCK_HEADER; at < block[0] + LogFile.BLOCK_HEADER + length; at++) {
                    byte[] changed = pristine.clone();
                    changed[at] ^= (byte) (1 << (at % 8));
                    int c = Checksum.of(changed, block[0] + 8, LogFile.BLOCK_HEADER + length - 8);
                    for (int i = 0; i < 4; i++) {
                        changed[block[0] + 4 + i] = (byte) (c >>> (8 * i));
                    }
                    disk.write(file, 0, changed);
                    assertSame(disk, file, "bit " + at % 8 + " of byte " + at);
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(1000);
        }
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static void assertSame(Disk disk, Path file, String what) {
        LogFile.Scan scan;
        try {
            scan = LogFile.scan(disk, file);
        } catch (RuntimeException e) {
            // what the scan throws (a record that cannot be a record at all), reading in place throws too
            Throwable inPlace = null;
            try {
                LogFile.scanInPlace(disk, file);
            } catch (RuntimeException f) {
                inPlace = f;
            }
            assertThat(inPlace).as(what).isNotNull().hasSameClassAs(e).hasMessage(e.getMessage());
            return;
        }
        LogFile.InPlace inPlace = LogFile.scanInPlace(disk, file);
        assertThat(inPlace.scan().header()).as(what).isEqualTo(scan.header());
        assertThat(inPlace.scan().damage()).as(what).isEqualTo(scan.damage());
        assertThat(inPlace.scan().nextFreeSector()).as(what).isEqualTo(scan.nextFreeSector());
        assertThat(inPlace.scan().records()).isEmpty();
        List<PositionedRecord> read = new ArrayList<>();
        List<LogFileHeader> headers = new ArrayList<>();
        inPlace.forEachRecord(new LogFile.Visitor() {
            @Override
            public void header(LogFileHeader header) {
                headers.add(header);
            }

            @Override
            public void record(RecordView r) {
                LogRecord record = r.record();
                read.add(new PositionedRecord(r.lgpos(), record));
                assertThat(r.lgpos()).isEqualTo(new Lgpos(r.generation(), r.fileOffset() / r.sectorSize(), r.fileOffset() % r.sectorSize()));
                if (record instanceof LogRecord.PageWrite p) {
                    assertThat(new int[] {r.transaction(), r.page()}).containsExactly(p.transaction(), p.page());
                    assertThat(new long[] {r.dbtimeBefore(), r.dbtimeAfter()}).containsExactly(p.dbtimeBefore(), p.dbtimeAfter());
                    assertThat(java.util.Arrays.copyOfRange(r.buffer(), r.firstImageOffset(), r.firstImageOffset() + r.firstImageLength())).isEqualTo(p.before());
                    assertThat(java.util.Arrays.copyOfRange(r.buffer(), r.afterImageOffset(), r.afterImageOffset() + r.afterImageLength())).isEqualTo(p.after());
                } else if (record instanceof LogRecord.Undo u) {
                    assertThat(new int[] {r.transaction(), r.page()}).containsExactly(u.transaction(), u.page());
                    assertThat(new long[] {r.dbtimeBefore(), r.dbtimeAfter()}).containsExactly(u.dbtimeBefore(), u.dbtimeAfter());
                    assertThat(java.util.Arrays.copyOfRange(r.buffer(), r.firstImageOffset(), r.firstImageOffset() + r.firstImageLength())).isEqualTo(u.image());
                } else if (record instanceof LogRecord.Begin b) {
                    assertThat(r.transaction()).isEqualTo(b.transaction());
                } else if (record instanceof LogRecord.Commit c) {
                    assertThat(r.transaction()).isEqualTo(c.transaction());
                } else if (record instanceof LogRecord.Rollback rb) {
                    assertThat(r.transaction()).isEqualTo(rb.transaction());
                }
            }
        });
        assertThat(headers).as(what).containsExactly(scan.header());
        assertThat(read).as(what).isEqualTo(scan.records());
    }
}
