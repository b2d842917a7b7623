package io.programoffice.core.paging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.Test;

public class PageTest {
    private final List<Integer> items = IntStream.range(0, 7).boxed().toList();

    @Test
    public void slice_returnsTheRequestedWindow_andKnowsItIsNotLast() {
        Page<Integer> page = Page.slice(items, new PageRequest(2, 3));
        assertEquals(List.of(2, 3, 4), page.values());
        assertEquals(7, page.total());
        assertFalse(page.isLast());
    }

    @Test
    public void slice_pastTheEnd_isEmptyAndLast() {
        Page<Integer> page = Page.slice(items, new PageRequest(10, 3));
        assertTrue(page.values().isEmpty());
        assertTrue(page.isLast());
    }

    @Test
    public void pageRequest_defaultsAndBounds() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_MAX_RESULTS), PageRequest.of(null, null));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_RESULTS_CAP + 1));
    }
}
