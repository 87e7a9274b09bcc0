package ese.recovery.dump;

import ese.recovery.io.Disk;

import java.nio.file.Path;

/** A folder's files with their sizes, like {@code dir}: what an operator sees before touching anything. */
public final class FolderListing {
    private FolderListing() {
    }

    public static String of(Disk disk, Path folder) {
        StringBuilder out = new StringBuilder("Directory of ").append(folder).append('\n');
        long total = 0;
        int count = 0;
        for (Path p : disk.list(folder)) {
            long size = disk.size(p);
            total += size;
            count++;
            out.append(String.format("%,14d  %s%n", size, p.getFileName()));
        }
        out.append(String.format("%14s  %d file(s), %,d bytes%n", "", count, total));
        return out.toString();
    }
}
