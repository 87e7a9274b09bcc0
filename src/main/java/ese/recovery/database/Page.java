package ese.recovery.database;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A database page: its number, the database time of its last change, and its data. */
public record Page(int number, long dbtime, byte[] data) {
    public static final int HEADER = 18;
    public static final int MAX_DATA = DatabaseHeader.PAGE_SIZE - HEADER;

    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("data pages are numbered from 1: " + number);
        }
        if (data.length > MAX_DATA) {
            throw new IllegalArgumentException("page data of " + data.length + " bytes exceeds " + MAX_DATA);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Page p && p.number == number && p.dbtime == dbtime && Arrays.equals(p.data, data);
    }

    @Override
    public int hashCode() {
        return number * 31 + Long.hashCode(dbtime);
    }

    @Override
    public String toString() {
        return "Page[" + number + ", dbtime " + dbtime + ", " + data.length + " bytes]";
    }
}
