package ese.recovery.log;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbered logs' sorted array is the sorted map it replaced: the same entries, lookups and ranges, in order or not, with a generation listed twice. */
class GenerationMapTest {
    @Test
    void behavesAsATreeMapFilledInListingOrder() {
        Random random = new Random(812592);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(40);
            boolean ordered = random.nextBoolean();
            TreeMap<Integer, Path> expected = new TreeMap<>();
            GenerationMap.Builder builder = new GenerationMap.Builder();
            int g = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                g = ordered ? g + 1 + random.nextInt(3) : 1 + random.nextInt(30);
                Path p = Path.of("logs", "E00" + i + ".log");
                expected.put(g, p);
                builder.add(g, p);
            }
            SortedMap<Integer, Path> actual = builder.build();
            assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(actual.size()).isEqualTo(expected.size());
            if (!expected.isEmpty()) {
                assertThat(actual.firstKey()).isEqualTo(expected.firstKey());
                assertThat(actual.lastKey()).isEqualTo(expected.lastKey());
            }
            for (int k = -1; k < 100; k++) {
                assertThat(actual.get(k)).isEqualTo(expected.get(k));
                assertThat(actual.containsKey(k)).isEqualTo(expected.containsKey(k));
                assertThat(list(actual.tailMap(k))).isEqualTo(list(expected.tailMap(k)));
                assertThat(list(actual.headMap(k))).isEqualTo(list(expected.headMap(k)));
                int to = k + random.nextInt(20);
                assertThat(list(actual.subMap(k, to))).isEqualTo(list(expected.subMap(k, to)));
                assertThat(list(actual.tailMap(k).headMap(to))).isEqualTo(list(expected.tailMap(k).headMap(to)));
            }
        }
    }

    private static List<Object> list(SortedMap<Integer, Path> m) {
        List<Object> out = new ArrayList<>();
        m.forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        return out;
    }
}
