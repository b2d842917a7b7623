package io.programoffice.core.paging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class PageTest {
    @Test
    public void page_knowsWhetherItIsTheLast() {
        assertFalse(new Page<>(2, 3, 7, List.of(2, 3, 4)).isLast());
        assertTrue(new Page<>(4, 3, 7, List.of(4, 5, 6)).isLast());
        assertTrue(new Page<>(10, 3, 7, List.of()).isLast());
    }

    @Test
    public void page_knowsWhereTheNextAndPreviousPagesStart() {
        Page<Integer> middle = new Page<>(3, 3, 7, List.of(3, 4, 5));
        assertEquals(6, middle.nextStart());
        assertEquals(0, middle.previousStart());
        Page<Integer> first = new Page<>(0, 3, 7, List.of(0, 1, 2));
        assertEquals(-1, first.previousStart());
        assertEquals(-1, new Page<>(6, 3, 7, List.of(6)).nextStart());
    }

    @Test
    public void page_refusesMoreValuesThanMaxResults_andCopiesThem() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(0, 1, 2, List.of(1, 2)));
        List<Integer> values = new java.util.ArrayList<>(List.of(1));
        Page<Integer> page = new Page<>(0, 5, 1, values);
        values.add(2);
        assertEquals(List.of(1), page.values());
    }

    @Test
    public void pageRequest_defaultsAndBounds() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_MAX_RESULTS), PageRequest.of(null, null));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_RESULTS_CAP + 1));
    }
}
