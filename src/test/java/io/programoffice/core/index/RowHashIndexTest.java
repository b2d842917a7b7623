package io.programoffice.core.index;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.Test;

public class RowHashIndexTest {
    @Test
    public void rowHashIndex_agreesWithAHashMap_underRandomInsertsAndRemovals() {
        SplittableRandom rnd = new SplittableRandom(99);
        Columns.Longs keys = new Columns.Longs();
        keys.resize(5_000);
        RowHashIndex index = new RowHashIndex(4);
        Map<Long, Integer> expected = new HashMap<>();
        int free = 0;
        int capacity = 5_000;
        for (int step = 0; step < 50_000; step++) {
            long key = 1 + rnd.nextInt(3_000) * 1024L; // clustered hashes on purpose
            Integer row = expected.get(key);
            if (row == null && free < capacity) {
                keys.set(free, key);
                index.insert(free, keys);
                expected.put(key, free++);
            } else if (row != null) {
                assertEquals((int) row, index.remove(key, keys));
                expected.remove(key);
            }
            long probe = 1 + rnd.nextInt(3_000) * 1024L;
            assertEquals((int) expected.getOrDefault(probe, -1), index.find(probe, keys));
        }
        assertEquals(expected.size(), index.size());
        expected.forEach((k, r) -> assertEquals((int) r, index.find(k, keys)));
    }

    @Test
    public void longIntMap_agreesWithAHashMap_underRandomPutsAndRemovals() {
        SplittableRandom rnd = new SplittableRandom(5);
        LongIntMap map = new LongIntMap(2);
        Map<Long, Integer> expected = new HashMap<>();
        for (int step = 0; step < 50_000; step++) {
            long key = 1 + rnd.nextInt(2_000) * 4096L;
            if (rnd.nextBoolean()) {
                int v = rnd.nextInt();
                map.put(key, v);
                expected.put(key, v);
            } else {
                assertEquals((int) expected.getOrDefault(key, -7), map.remove(key, -7));
                expected.remove(key);
            }
            long probe = 1 + rnd.nextInt(2_000) * 4096L;
            assertEquals((int) expected.getOrDefault(probe, -1), map.get(probe, -1));
        }
        assertEquals(expected.size(), map.size());
    }
}
