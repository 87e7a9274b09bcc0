package ese.recovery.spec;

import ese.recovery.dump.FileDump;
import ese.recovery.dump.FolderListing;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a scenario's folder holds at one moment, as readable text: the listing of every folder with
 * sizes, and the eseutil-shaped dumps of each database (/mh), checkpoint (/mk) and log (/ml), the
 * registry files and the event logs. Needs no World: it only reads the folder.
 */
final class FolderSnapshot {
    private FolderSnapshot() {
    }

    /** Attachment name to text, in reading order; kinds of file absent from the folder are left out. */
    static Map<String, String> of(Path folder) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            out.put("Folder listing", "(no folder " + folder + ")");
            return out;
        }
        Disk disk = NioDisk.unforced();
        List<Path> folders = walk(folder).filter(Files::isDirectory).toList();
        List<Path> files = walk(folder).filter(Files::isRegularFile).toList();
        StringBuilder listing = new StringBuilder();
        for (Path f : folders) {
            listing.append(FolderListing.of(disk, f)).append('\n');
        }
        out.put("Folder listing", listing.toString());
        put(out, "Database headers (eseutil /mh)", files, ".edb", p -> FileDump.databaseHeader(disk, p));
        put(out, "Checkpoint (eseutil /mk)", files, ".chk", p -> FileDump.checkpoint(disk, p));
        put(out, "Logs (eseutil /ml)", files, ".log", p -> FileDump.log(disk, p));
        put(out, "Registry", files, ".reg", FolderSnapshot::text);
        put(out, "Cluster registry checkpoints", files, ".cpt", FolderSnapshot::text);
        put(out, "Event logs", files.stream().filter(p -> p.getParent().getFileName().toString().equals("eventlogs")).toList(),
                ".txt", FolderSnapshot::text);
        return out;
    }

    private static void put(Map<String, String> out, String name, List<Path> files, String extension, Function<Path, String> dump) {
        StringBuilder text = new StringBuilder();
        for (Path p : files) {
            if (!p.getFileName().toString().toLowerCase().endsWith(extension)) {
                continue;
            }
            text.append("== ").append(p).append('\n');
            try {
                text.append(dump.apply(p));
            } catch (JetException | IllegalStateException e) {
                text.append("(cannot be shown: ").append(e.getMessage()).append(")\n");
            }
            text.append('\n');
        }
        if (!text.isEmpty()) {
            out.put(name, text.toString());
        }
    }

    private static String text(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot be read: " + e.getMessage() + ")";
        }
    }

    private static Stream<Path> walk(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
