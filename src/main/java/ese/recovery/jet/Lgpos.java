package ese.recovery.jet;

/**
 * A log position: generation, sector and byte offset in the sector, as ESE's LGPOS.
 * eseutil prints it as {@code (0x15,8,0)}.
 */
public record Lgpos(int generation, int sector, int offset) implements Comparable<Lgpos> {
    public static final int SIZE = 8;
    public static final Lgpos MIN = new Lgpos(0, 0, 0);

    public static Lgpos ofGeneration(int generation) {
        return new Lgpos(generation, 0, 0);
    }

    public boolean isSet() {
        return !equals(MIN);
    }

    public void writeTo(ByteWriter out) {
        out.u16(offset).u16(sector).u32(generation);
    }

    public static Lgpos readFrom(ByteReader in) {
        int ib = in.u16();
        int isec = in.u16();
        int gen = in.u32();
        return new Lgpos(gen, isec, ib);
    }

    @Override
    public int compareTo(Lgpos o) {
        int c = Integer.compare(generation, o.generation);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(sector, o.sector);
        return c != 0 ? c : Integer.compare(offset, o.offset);
    }

    @Override
    public String toString() {
        return String.format("(0x%X,%d,%d)", generation, sector, offset);
    }
}
