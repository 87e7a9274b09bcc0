package ese.recovery.log;

import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.ByteReader;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.FileFaults;
import ese.recovery.jet.JetError;
import ese.recovery.jet.Lgpos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static ese.recovery.jet.FileFaults.assertJetError;
import static ese.recovery.jet.FileFaults.flipBit;
import static ese.recovery.log.LogFixtures.FILE_SECTORS;
import static ese.recovery.log.LogFixtures.header;
import static ese.recovery.log.LogFixtures.image;
import static org.assertj.core.api.Assertions.assertThat;

/** The records of a log: checksummed "LRCK" blocks after the header, read back or reported as damage at a sector. */
class LogFileTest {
    private static final int GEN = 0x15;
    private final Disk disk = new NioDisk();
    @TempDir
    Path dir;
    private Path file;
    /** The blocks written: first sector, sectors, and the records with their positions. */
    private final List<Block> blocks = new ArrayList<>();

    private record Block(int sector, int sectors, List<PositionedRecord> records) {
        long start() {
            return sector * 512L;
        }

        long end() {
            return (sector + sectors) * 512L;
        }
    }

    @BeforeEach
    void three_blocks() {
        file = dir.resolve(new LogNames("E00").numbered(GEN));
        LogWriter w = LogWriter.create(disk, file, header(GEN));
        List<LogRecord> all = LogFixtures.everyType();
        append(w, all.subList(0, 2));
        // a block of several sectors: page images of 600 bytes
        append(w, List.of(new LogRecord.PageWrite(1, 4, 50, 51, image(600, 3), image(600, 4)), all.get(2), all.get(3)));
        append(w, all.subList(4, all.size()));
    }

    private void append(LogWriter w, List<LogRecord> records) {
        int sector = w.end().sector();
        List<Lgpos> positions = w.append(records);
        List<PositionedRecord> placed = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            placed.add(new PositionedRecord(positions.get(i), records.get(i)));
        }
        blocks.add(new Block(sector, w.end().sector() - sector, placed));
    }

    private List<PositionedRecord> recordsBefore(int block) {
        return blocks.subList(0, block).stream().flatMap(b -> b.records().stream()).toList();
    }

    private int endSector() {
        return blocks.get(blocks.size() - 1).sector() + blocks.get(blocks.size() - 1).sectors();
    }

    @Test
    void every_record_type_round_trips_at_the_position_the_writer_gave_it() {
        LogFile.Scan scan = LogFile.scan(disk, file);
        assertThat(scan.damage()).isEmpty();
        assertThat(scan.header()).isEqualTo(header(GEN));
        assertThat(scan.records()).containsExactlyElementsOf(recordsBefore(blocks.size()));
        assertThat(scan.records()).extracting(PositionedRecord::record).containsAll(LogFixtures.everyType());
        assertThat(scan.nextFreeSector()).isEqualTo(endSector());
        assertThat(scan.end()).isEqualTo(new Lgpos(GEN, endSector(), 0));
        assertThat(blocks.get(1).sectors()).as("the page image block spans sectors").isGreaterThan(1);
    }

    @Test
    void the_first_record_follows_the_20_byte_block_header_after_the_4_kib_header() {
        assertThat(blocks.get(0).sector()).isEqualTo(8);
        assertThat(blocks.get(0).records().get(0).lgpos()).isEqualTo(new Lgpos(GEN, 8, LogFile.BLOCK_HEADER));
    }

    @Test
    void block_header_layout() throws Exception {
        byte[] b = Files.readAllBytes(file);
        for (Block block : blocks) {
            int at = (int) block.start();
            ByteReader r = new ByteReader(b, at, 512);
            assertThat(new String(b, at, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("LRCK");
            r.u32();
            int checksum = r.u32();
            assertThat(r.u32()).as("generation at +8").isEqualTo(GEN);
            assertThat(r.u16()).as("sector at +12").isEqualTo(block.sector());
            assertThat(r.u16()).as("record count at +14").isEqualTo(block.records().size());
            int length = r.u32();
            assertThat(length).as("payload length at +16").isEqualTo(block.records().stream().mapToInt(p -> p.record().encodedSize()).sum());
            assertThat(checksum).as("CRC-32C of [+8, +20 + length)").isEqualTo(Checksum.of(b, at + 8, 12 + length));
            assertThat(block.sectors()).isEqualTo((20 + length + 511) / 512);
            assertThat(java.util.Arrays.copyOfRange(b, at + 20 + length, (int) block.end())).as("padding to the sector").containsOnly(0);
        }
    }

    /**
     * Every byte of every block (header, records and the zero padding to the end of its last sector),
     * with a different bit each time: the scan reports damage at that block's first sector and still
     * returns every record of the blocks before it.
     */
    @Test
    void a_flipped_bit_anywhere_in_a_block_is_damage_at_that_block() {
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                List<PositionedRecord> before = recordsBefore(i);
                for (long offset = block.start(); offset < block.end(); offset++) {
                    int bit = (int) (offset % 8);
                    flips.flip(offset, bit);
                    LogFile.Scan scan = LogFile.scan(disk, file);
                    assertThat(scan.damage()).as("flip at byte %d", offset).isPresent();
                    assertThat(scan.damage().get().generation()).isEqualTo(GEN);
                    assertThat(scan.damage().get().sector()).as("flip at byte %d", offset).isEqualTo(block.sector());
                    assertThat(scan.records()).as("flip at byte %d", offset).isEqualTo(before);
                    assertThat(scan.nextFreeSector()).isEqualTo(block.sector());
                    flips.flip(offset, bit);
                }
            }
        }
        assertThat(LogFile.scan(disk, file).damage()).isEmpty();
    }

    /**
     * Stray data after the last block: damage at its own sector, and every record is still returned. In the
     * sector right after the records it is a block that does not parse, with nothing after it, as a torn
     * write looks; further on, data after the end of the records. Sampled to keep the suite fast: every byte
     * of the sector right after the records, every 7th byte of the 18 sectors after it.
     */
    @Test
    void data_after_the_end_of_the_records_is_damage_too() {
        int end = endSector();
        List<PositionedRecord> all = recordsBefore(blocks.size());
        try (FileFaults.Flipper flips = FileFaults.flipper(file)) {
            for (long offset = end * 512L; offset < FILE_SECTORS * 512L; offset += offset < (end + 1) * 512L ? 1 : 7) {
                int bit = (int) (offset % 8);
                flips.flip(offset, bit);
                LogFile.Scan scan = LogFile.scan(disk, file);
                assertThat(scan.damage()).as("flip at byte %d", offset).isPresent();
                LogDamage damage = scan.damage().get();
                int sector = (int) (offset / 512);
                assertThat(damage.sector()).isEqualTo(sector);
                assertThat(damage.reason()).isEqualTo(sector == end ? "not a log block" : "data after the end of the log records");
                assertThat(damage.tailOnly()).isEqualTo(sector == end);
                assertThat(scan.records()).isEqualTo(all);
                assertThat(scan.nextFreeSector()).isEqualTo(end);
                flips.flip(offset, bit);
            }
        }
    }

    @Test
    void damage_in_the_last_block_with_only_zeros_after_it_looks_like_a_torn_write() {
        flipBit(file, blocks.get(2).start() + 30, 0);
        assertThat(LogFile.scan(disk, file).damage()).get().extracting(LogDamage::tailOnly).isEqualTo(true);
    }

    @Test
    void damage_followed_by_more_blocks_is_not_a_torn_write() {
        flipBit(file, blocks.get(0).start() + 30, 0);
        LogDamage damage = LogFile.scan(disk, file).damage().orElseThrow();
        assertThat(damage.tailOnly()).isFalse();
        assertThat(damage.reason()).contains("checksum");
        assertThat(damage).hasToString("(0x15,8,0): checksum mismatch");
    }

    @Test
    void a_block_copied_to_another_sector_is_damage_there() throws Exception {
        byte[] b = Files.readAllBytes(file);
        Block last = blocks.get(2);
        disk.write(file, last.end(), java.util.Arrays.copyOfRange(b, (int) last.start(), (int) last.end()));
        LogDamage damage = LogFile.scan(disk, file).damage().orElseThrow();
        assertThat(damage.sector()).isEqualTo(endSector());
        assertThat(damage.reason()).contains("belongs at (0x15," + last.sector() + ")");
    }

    @Test
    void the_writer_resumes_after_the_last_block() {
        LogWriter w = LogWriter.resume(disk, file, LogFile.scan(disk, file));
        List<Lgpos> at = w.append(List.of(new LogRecord.Begin(9)));
        assertThat(at).containsExactly(new Lgpos(GEN, endSector(), LogFile.BLOCK_HEADER));
        assertThat(LogFile.scan(disk, file).records()).last().extracting(PositionedRecord::record).isEqualTo(new LogRecord.Begin(9));
    }

    @Test
    void records_that_do_not_fit_in_the_log_are_a_log_buffer_too_small() {
        LogWriter w = LogWriter.resume(disk, file, LogFile.scan(disk, file));
        int free = w.freeBytes();
        assertThat(free).isEqualTo((FILE_SECTORS - endSector()) * 512 - LogFile.BLOCK_HEADER);
        List<LogRecord> tooMany = new ArrayList<>();
        for (int i = 0; i * 1000 <= free; i++) {
            tooMany.add(new LogRecord.PageWrite(1, 1, 1, 2, image(490, i), image(490, i + 1)));
        }
        assertJetError(JetError.JET_errLogBufferTooSmall, file, () -> w.append(tooMany));
        assertThat(LogFile.scan(disk, file).damage()).as("nothing was written").isEmpty();
        assertThat(LogWriter.capacity(FILE_SECTORS)).isEqualTo((FILE_SECTORS - 8) * 512 - 20);
    }
}
