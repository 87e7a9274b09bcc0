package ese.recovery.fuzz;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import ese.recovery.backup.OnlineBackup;
import ese.recovery.backup.Restore;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.ByteWriter;
import ese.recovery.jet.Checksum;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-formed files as the model writes them, to seed the fuzz corpus, and the wrapper that puts a fuzzed
 * block into a well-formed log. {@link #main} (re)writes the committed corpus: valid files and, for each,
 * the bad-input kinds of docs/fuzzing.md (empty, truncated, bit flips in and out of the checksummed range).
 */
public final class SeedFiles {
    static final int LOG_BYTES = 16 * 1024;

    private SeedFiles() {
    }

    /** A 16 KiB log of generation 1 whose first block holds {@code data[1..]} as payload with {@code data[0]} records. */
    static byte[] logWithBlock(byte[] data) {
        LogFileHeader header = new LogFileHeader(1, new Signature(1, LogTime.of(Instant.parse("2026-01-05T10:00:00Z")), "EXCHSRV01"),
                LogTime.of(Instant.parse("2026-01-05T10:00:00Z")), LogTime.NONE, LogFileHeader.SECTOR_SIZE,
                LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE, LOG_BYTES / LogFileHeader.SECTOR_SIZE,
                new Lgpos(1, 8, 0), 0, "E00", List.of());
        byte[] file = new byte[LOG_BYTES];
        System.arraycopy(header.toBytes(), 0, file, 0, LogFileHeader.SIZE);
        int count = data.length == 0 ? 0 : data[0] & 0xFF;
        int room = LOG_BYTES - LogFileHeader.SIZE - LogFile.BLOCK_HEADER;
        byte[] payload = data.length <= 1 ? new byte[0] : Arrays.copyOfRange(data, 1, Math.min(data.length, 1 + room));
        ByteWriter block = new ByteWriter(LogFile.BLOCK_HEADER + payload.length);
        block.u32(LogFile.BLOCK_MAGIC).u32(0).u32(1).u16(LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE).u16(count).u32(payload.length);
        block.bytes(payload);
        byte[] b = block.toByteArray(LogFile.BLOCK_HEADER + payload.length);
        int checksum = Checksum.of(b, 8, b.length - 8);
        b[4] = (byte) checksum;
        b[5] = (byte) (checksum >>> 8);
        b[6] = (byte) (checksum >>> 16);
        b[7] = (byte) (checksum >>> 24);
        System.arraycopy(b, 0, file, LogFileHeader.SIZE, b.length);
        return file;
    }

    /** Files written by a store that committed work, rolled, backed up online and was restored. */
    static Map<String, byte[]> modelFiles() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/mdbdata");
            EngineConfig config = EngineConfig.inFolder(root, EngineProfile.EXCHANGE_2000, 812592, LOG_BYTES).withDisk(NioDisk.unforced());
            Store store = Store.create(config);
            new Workload(store).fillUntil(3, 2);
            store.advanceCheckpoint();
            var set = OnlineBackup.take(store, fs.getPath("/backup"));
            store.dismount();
            Restore.restore(config, set, config.restoreFolder());
            Map<String, byte[]> out = new LinkedHashMap<>();
            out.put("log", Files.readAllBytes(config.currentLog()));
            out.put("numbered-log", Files.readAllBytes(set.logs().get(set.logs().size() - 1)));
            out.put("checkpoint", Files.readAllBytes(config.checkpointFile()));
            out.put("database", Files.readAllBytes(config.databaseFile()));
            out.put("patch", Files.readAllBytes(set.patchFile().orElseThrow()));
            out.put("restore-env", Files.readAllBytes(config.restoreFolder().resolve("restore.env")));
            return out;
        }
    }

    /** The bad-input kinds of docs/fuzzing.md, made from one good file. */
    static Map<String, byte[]> badInputs(String name, byte[] good) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(name + "-valid", good);
        out.put(name + "-empty", new byte[0]);
        out.put(name + "-one-byte", new byte[] {1});
        out.put(name + "-half", Arrays.copyOf(good, good.length / 2));
        out.put(name + "-short-by-one", Arrays.copyOf(good, good.length - 1));
        out.put(name + "-doubled", concat(good, good));
        out.put(name + "-zeros", new byte[good.length]);
        out.put(name + "-ones", filled(good.length, (byte) 0xFF));
        for (int offset : new int[] {0, 4, 24, 40, 667, 1024, 4100, 4200}) {
            if (offset < good.length) {
                byte[] flipped = good.clone();
                flipped[offset] ^= 0x01;
                out.put(name + "-flip-" + offset, flipped);
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] filled(int n, byte b) {
        byte[] out = new byte[n];
        Arrays.fill(out, b);
        return out;
    }

    /** Writes the corpus under {@code args[0]} (src/test/resources/ese/recovery/fuzz/ParserFuzzTestInputs). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<String, byte[]> files = modelFiles();
        Map<String, List<String>> targets = Map.of(
                "logFile", List.of("log", "numbered-log"),
                "checkpoint", List.of("checkpoint"),
                "databaseHeader", List.of("database"),
                "patchFile", List.of("patch"),
                "restoreEnvironment", List.of("restore-env"));
        for (var t : targets.entrySet()) {
            Path target = Files.createDirectories(dir.resolve(t.getKey()));
            for (String source : t.getValue()) {
                for (var bad : badInputs(source, files.get(source)).entrySet()) {
                    Files.write(target.resolve(bad.getKey()), bad.getValue());
                }
            }
        }
        Path blocks = Files.createDirectories(dir.resolve("logBlocks"));
        byte[] log = files.get("log");
        Files.write(blocks.resolve("empty"), new byte[0]);
        Files.write(blocks.resolve("no-records"), new byte[] {0});
        Files.write(blocks.resolve("one-byte-record"), new byte[] {1, 1});
        Files.write(blocks.resolve("count-too-high"), new byte[] {(byte) 200, 1, 0, 0, 0});
        // the first block of a real log, as payload: count then records
        int count = (log[LogFileHeader.SIZE + 14] & 0xFF) | (log[LogFileHeader.SIZE + 15] & 0xFF) << 8;
        int length = (log[LogFileHeader.SIZE + 16] & 0xFF) | (log[LogFileHeader.SIZE + 17] & 0xFF) << 8;
        byte[] payload = Arrays.copyOfRange(log, LogFileHeader.SIZE + LogFile.BLOCK_HEADER - 1, LogFileHeader.SIZE + LogFile.BLOCK_HEADER + length);
        payload[0] = (byte) count;
        Files.write(blocks.resolve("real-block"), payload);
        byte[] cut = Arrays.copyOf(payload, payload.length / 2);
        Files.write(blocks.resolve("real-block-cut"), cut);
        byte[] more = payload.clone();
        more[0] = (byte) (count + 1);
        Files.write(blocks.resolve("real-block-count-plus-one"), more);
    }
}
