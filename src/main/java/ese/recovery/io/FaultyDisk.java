package ese.recovery.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A {@link Disk} that can lose power. It passes every operation to the disk underneath and keeps, beside
 * it, what would survive a crash: per file the content made durable by its last {@link #flush}, and the
 * folder entries (names) made durable by the metadata journal.
 *
 * <p>The durability model (docs/decisions/0005-durability-model.md):
 * <ul>
 * <li>a file's content is durable up to its last {@code flush} (FlushFileBuffers); written but unflushed
 *     bytes are lost in a power loss;</li>
 * <li>creating, renaming, replacing and deleting a file are metadata changes, journalled in order; they
 *     become durable together at the next {@code flush} of any file (NTFS commits its metadata journal
 *     when a file is flushed). A power loss drops every metadata change made since the last flush, so a
 *     rename not followed by a flush is undone;</li>
 * <li>folders are durable as soon as they are created;</li>
 * <li>a write torn by a power loss lands sector by sector (512 bytes): the first sectors only.</li>
 * </ul>
 *
 * <p>Every create, write, flush, rename, replace and delete is a persistence point, numbered from 1 since
 * the disk was {@link #arm armed}. A {@link CrashPlan} names the point at which power is lost: that
 * operation does not happen (a torn write lands in part) and {@link Crash} is thrown, an {@link Error}
 * because no engine code may handle a power loss. {@link #restart} then puts the disk underneath in the
 * state that survived.
 */
public final class FaultyDisk implements Disk {

    /** What survives a crash. */
    public enum Mode {
        /** The process dies, the operating system survives: everything written is kept. */
        PROCESS,
        /** Power is lost: only what was flushed, and the metadata journalled before the last flush. */
        POWER,
        /** Power is lost during a write: as {@link #POWER}, plus the first sectors of that write. */
        TORN
    }

    /** Lose power at persistence point {@code point}; for {@link Mode#TORN}, {@code keptSectors} of that write land. */
    public record CrashPlan(int point, Mode mode, int keptSectors) {
        public CrashPlan {
            if (point < 1) {
                throw new IllegalArgumentException("persistence points are numbered from 1: " + point);
            }
            Objects.requireNonNull(mode);
        }

        public static CrashPlan at(int point, Mode mode) {
            return new CrashPlan(point, mode, 0);
        }

        @Override
        public String toString() {
            return mode == Mode.TORN ? "point " + point + " " + mode + " keeping " + keptSectors + " sector(s)" : "point " + point + " " + mode;
        }
    }

    /** Power lost at a persistence point. Not an exception the engine may catch: the machine is gone. */
    public static final class Crash extends Error {
        private final CrashPlan plan;

        Crash(CrashPlan plan, String operation) {
            super("crash at " + plan + ": " + operation, null, false, false);
            this.plan = plan;
        }

        public CrashPlan plan() {
            return plan;
        }
    }

    /** A file as the device holds it, whatever it is called: its durable content. */
    private static final class Inode {
        byte[] durable;

        Inode(byte[] durable) {
            this.durable = durable;
        }
    }

    private sealed interface Change permits Named, Unnamed {
    }

    private record Named(Path name, Inode inode) implements Change {
    }

    private record Unnamed(Path name) implements Change {
    }

    private final Disk disk;
    private final Function<Path, byte[]> content;
    private final Map<Path, Inode> live = new HashMap<>();
    private final Map<Path, Inode> durable = new HashMap<>();
    private final List<Change> journal = new ArrayList<>();
    /** The persistence points since {@link #arm}, formatted only when asked for. */
    private final List<Operation> trace = new ArrayList<>();
    private final List<Integer> sectors = new ArrayList<>();
    private IntConsumer observer;
    private Path pendingFile;
    private long pendingOffset;
    private byte[] pendingData;
    private int points;
    private Optional<CrashPlan> plan = Optional.empty();
    private Optional<Map<Path, byte[]>> survivors = Optional.empty();

    /** Wraps {@code disk}; the files already in {@code folders} are durable. */
    public FaultyDisk(Disk disk, List<Path> folders) {
        this(disk, folders, disk::read);
    }

    /**
     * As {@link #FaultyDisk(Disk, List)}, reading the contents it keeps through {@code unchangingReads}:
     * bytes nobody will change afterwards. {@code disk::read} (a copy) always is; an in-memory disk that
     * never changes an array once it has handed it out can give its own, and spare a copy at every flush.
     */
    public FaultyDisk(Disk disk, List<Path> folders, Function<Path, byte[]> unchangingReads) {
        this.disk = Objects.requireNonNull(disk);
        this.content = Objects.requireNonNull(unchangingReads);
        for (Path f : folders) {
            track(f);
        }
    }

    private void track(Path folder) {
        if (!disk.isDirectory(folder)) {
            return;
        }
        for (Path f : disk.list(folder)) {
            Inode i = new Inode(content.apply(f));
            live.put(f, i);
            durable.put(f, i);
        }
    }

    /** Starts counting persistence points from zero; with a plan, power is lost at its point. */
    public void arm(Optional<CrashPlan> crashPlan) {
        points = 0;
        trace.clear();
        sectors.clear();
        plan = crashPlan;
    }

    /** Persistence points since {@link #arm}. */
    public int points() {
        return points;
    }

    /** The persistence points since {@link #arm}, one line each ("12 write E00.log at 4608, 512 bytes"). */
    public List<String> trace() {
        return trace.stream().map(Operation::toString).toList();
    }

    /** For each persistence point since {@link #arm}, how many sectors its write touches (0: not a write). */
    public List<Integer> writtenSectors() {
        return List.copyOf(sectors);
    }

    /** Whether power has been lost (and not yet restarted). */
    public boolean crashed() {
        return survivors.isPresent();
    }

    /** One persistence point: what it did, to which file, where and how much (a line of {@link #trace()}). */
    private record Operation(int point, String verb, Path file, Path other, long offset, int length) {
        String operation() {
            return switch (verb) {
                case "create" -> "create " + name(file) + ", " + length + " bytes";
                case "write" -> "write " + name(file) + " at " + offset + ", " + length + " bytes";
                case "rename" -> "rename " + name(file) + " to " + name(other);
                case "replace" -> "replace " + name(other) + " with " + name(file);
                default -> verb + " " + name(file);
            };
        }

        @Override
        public String toString() {
            return point + " " + operation();
        }
    }

    private void point(String verb, Path file, Path other, long offset, int length, byte[] data) {
        if (survivors.isPresent()) {
            throw new IllegalStateException("the disk has lost power; restart it first");
        }
        points++;
        Operation operation = new Operation(points, verb, file, other, offset, length);
        trace.add(operation);
        sectors.add(data == null ? 0 : sectors(offset, data.length));
        if (observer != null) {
            pendingFile = file;
            pendingOffset = offset;
            pendingData = data;
            try {
                observer.accept(points);
            } finally {
                pendingFile = null;
                pendingData = null;
            }
        }
        if (plan.isPresent() && plan.get().point() == points) {
            CrashPlan p = plan.get();
            survivors = Optional.of(crashImage(p, file, offset, data));
            throw new Crash(p, operation.operation());
        }
    }

    /** The files a crash at this point, as {@code p} plans it, would leave. */
    private Map<Path, byte[]> crashImage(CrashPlan p, Path file, long offset, byte[] data) {
        Map<Path, byte[]> image = p.mode() == Mode.PROCESS ? liveImage() : durableImage();
        if (p.mode() == Mode.TORN && data != null) {
            Inode target = live.get(file);
            Path durableName = durable.entrySet().stream().filter(e -> e.getValue() == target).map(Map.Entry::getKey).findFirst().orElse(null);
            if (durableName != null) {
                image.put(durableName, torn(image.get(durableName), offset, data, p.keptSectors()));
            }
        }
        return image;
    }

    /**
     * Calls {@code atPoint} at every persistence point, before the operation and before a planned crash,
     * with the point's number; while it runs, {@link #survivorsAt} tells what a crash there would keep.
     * One run with an observer sees what a run per crash would: the same operations up to each point.
     */
    public void observe(IntConsumer atPoint) {
        this.observer = atPoint;
    }

    /**
     * From an observer, during persistence point {@code plan.point()}: the files a crash there, as
     * {@code plan} says, would leave (what {@link #restart} would put back after that crash). The arrays
     * are this disk's kept contents: read them, or give the map to {@link #reset}, never change them.
     */
    public Map<Path, byte[]> survivorsAt(CrashPlan plan) {
        if (pendingFile == null || plan.point() != points) {
            throw new IllegalStateException("not at persistence point " + plan.point() + " (now " + points + ")");
        }
        return crashImage(plan, pendingFile, pendingOffset, pendingData);
    }

    /**
     * This disk's state over {@code copy}, a copy of the disk underneath with the same files: the same
     * durable contents and names, the same journal of metadata changes, the same persistence points
     * and trace, no observer. The two then change independently. {@code unchangingReads} reads {@code copy}
     * as in {@link #FaultyDisk(Disk, List, Function)}.
     */
    public FaultyDisk over(Disk copy, Function<Path, byte[]> unchangingReads) {
        FaultyDisk out = new FaultyDisk(copy, List.of(), unchangingReads);
        Map<Inode, Inode> copies = new IdentityHashMap<>();
        java.util.function.Function<Inode, Inode> same = i -> copies.computeIfAbsent(i, x -> new Inode(x.durable));
        live.forEach((f, i) -> out.live.put(f, same.apply(i)));
        durable.forEach((f, i) -> out.durable.put(f, same.apply(i)));
        for (Change c : journal) {
            out.journal.add(c instanceof Named n ? new Named(n.name(), same.apply(n.inode())) : c);
        }
        out.trace.addAll(trace);
        out.sectors.addAll(sectors);
        out.points = points;
        out.plan = plan;
        out.survivors = survivors;
        return out;
    }

    private static byte[] torn(byte[] content, long offset, byte[] data, int keptSectors) {
        long end = offset + data.length;
        long keptEnd = Math.min(end, Math.max(offset, (offset / SECTOR + keptSectors) * SECTOR));
        int kept = (int) (keptEnd - offset);
        byte[] out = Arrays.copyOf(content, (int) Math.max(content.length, offset + kept));
        System.arraycopy(data, 0, out, (int) offset, kept);
        return out;
    }

    /** The sector size at which writes tear. */
    public static final int SECTOR = 512;

    /** How many sectors a write of {@code length} bytes at {@code offset} touches. */
    public static int sectors(long offset, int length) {
        return (int) ((offset + length + SECTOR - 1) / SECTOR - offset / SECTOR);
    }

    /** The files now; the arrays are never changed (kept contents, not copied again). */
    private Map<Path, byte[]> liveImage() {
        Map<Path, byte[]> image = new TreeMap<>();
        for (Path f : live.keySet()) {
            image.put(f, content.apply(f));
        }
        return image;
    }

    /** The durable files; the arrays are the kept contents, which are never changed (a torn write makes a new one). */
    private Map<Path, byte[]> durableImage() {
        Map<Path, byte[]> image = new TreeMap<>();
        durable.forEach((f, i) -> image.put(f, i.durable));
        return image;
    }

    /**
     * Power is lost now, between two persistence points, and comes back: the disk underneath keeps only
     * what was made durable, as after a {@link Mode#POWER} crash (unflushed writes lost, metadata changes
     * since the last flush undone). Returns the names of the files that survived.
     */
    public List<Path> losePower() {
        if (survivors.isPresent()) {
            throw new IllegalStateException("the disk has lost power; restart it first");
        }
        survivors = Optional.of(durableImage());
        return restart();
    }

    /**
     * Takes the files now directly in {@code folders} as durable, and forgets every other file: for files
     * that changed under this layer, written by another process whose flushes it could not see (a tool
     * run as a process has exited; what it left is taken as on the device).
     */
    public void adopt(List<Path> folders) {
        live.clear();
        durable.clear();
        journal.clear();
        for (Path f : folders) {
            track(f);
        }
    }

    /**
     * Power comes back: the disk underneath is set to what survived, every file is durable again, the
     * count of persistence points and the plan are cleared. Returns the names of the files that survived.
     */
    public List<Path> restart() {
        Map<Path, byte[]> image = survivors.orElseThrow(() -> new IllegalStateException("no crash to restart from"));
        reset(image);
        return List.copyOf(image.keySet());
    }

    /**
     * Sets the disk underneath to {@code image} (as taken by {@link #image()}), every file durable, no
     * persistence point counted and no crash planned: to run another fault from the same files.
     */
    public void reset(Map<Path, byte[]> image) {
        for (Path f : new ArrayList<>(live.keySet())) {
            disk.delete(f);
        }
        live.clear();
        durable.clear();
        journal.clear();
        image.forEach((f, bytes) -> {
            disk.createDirectories(f.getParent());
            disk.create(f, bytes);
            Inode i = new Inode(content.apply(f));
            live.put(f, i);
            durable.put(f, i);
        });
        survivors = Optional.empty();
        plan = Optional.empty();
        points = 0;
        trace.clear();
        sectors.clear();
    }

    @Override
    public boolean exists(Path file) {
        return disk.exists(file);
    }

    @Override
    public boolean isDirectory(Path path) {
        return disk.isDirectory(path);
    }

    @Override
    public long size(Path file) {
        return disk.size(file);
    }

    @Override
    public byte[] read(Path file) {
        return disk.read(file);
    }

    @Override
    public byte[] read(Path file, long offset, int length) {
        return disk.read(file, offset, length);
    }

    @Override
    public void create(Path file, byte[] content) {
        point("create", file, null, 0, content.length, null);
        disk.create(file, content);
        Inode i = new Inode(new byte[0]);
        live.put(file, i);
        journal.add(new Named(file, i));
    }

    @Override
    public void write(Path file, long offset, byte[] data) {
        point("write", file, null, offset, data.length, data);
        disk.write(file, offset, data);
    }

    @Override
    public void flush(Path file) {
        point("flush", file, null, 0, 0, null);
        disk.flush(file);
        Inode i = live.get(file);
        if (i != null) {
            i.durable = content.apply(file);
        }
        for (Change c : journal) {
            if (c instanceof Named n) {
                durable.put(n.name(), n.inode());
            } else if (c instanceof Unnamed u) {
                durable.remove(u.name());
            }
        }
        journal.clear();
    }

    @Override
    public void rename(Path from, Path to) {
        point("rename", from, to, 0, 0, null);
        disk.rename(from, to);
        moved(from, to);
    }

    @Override
    public void replace(Path from, Path to) {
        point("replace", from, to, 0, 0, null);
        disk.replace(from, to);
        moved(from, to);
    }

    private void moved(Path from, Path to) {
        Inode i = live.remove(from);
        if (i == null) {
            i = new Inode(content.apply(to));
        }
        live.put(to, i);
        journal.add(new Unnamed(from));
        journal.add(new Named(to, i));
    }

    @Override
    public void delete(Path file) {
        point("delete", file, null, 0, 0, null);
        disk.delete(file);
        live.remove(file);
        journal.add(new Unnamed(file));
    }

    @Override
    public List<Path> list(Path folder) {
        return disk.list(folder);
    }

    @Override
    public List<Path> entries(Path folder) {
        return disk.entries(folder);
    }

    @Override
    public void createDirectories(Path folder) {
        disk.createDirectories(folder);
    }

    private static String name(Path file) {
        Path parent = file.getParent();
        return parent == null || parent.getFileName() == null ? String.valueOf(file.getFileName())
                : parent.getFileName() + "/" + file.getFileName();
    }

    /** The files as they are now, by name (for comparing states). */
    public Map<Path, byte[]> image() {
        Map<Path, byte[]> image = new LinkedHashMap<>();
        liveImage().forEach((f, bytes) -> image.put(f, bytes.clone()));
        return image;
    }
}
