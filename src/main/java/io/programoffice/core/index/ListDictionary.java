package io.programoffice.core.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary coding of a multi-valued string column (fix versions, components): each distinct <em>list</em> gets an
 * {@code int} code (code 0 is the empty list), and each element value its own code in an element dictionary. An
 * issue then stores one {@code int} whatever its number of values, and a changed list is one slot write. Real data
 * has few distinct combinations (an issue has one or two fix versions of its project), so this is far smaller than
 * a list per issue. Codes never change; lists are never forgotten.
 *
 * <p>O(list length) expected per lookup; {@link #list(int)} returns a shared immutable list (no allocation).
 * Not thread-safe: {@link ProgramIndex} guards it.
 */
final class ListDictionary {
    private final StringDictionary elements = new StringDictionary();
    private final Map<List<String>, Integer> codes = new HashMap<>();
    private List<String>[] lists;
    private int[][] elementCodes;
    private int size;
    private long listBytes;

    @SuppressWarnings({"unchecked", "rawtypes"})
    ListDictionary() {
        lists = new List[16];
        elementCodes = new int[16][];
        intern(List.of());
    }

    /** The list's code, adding it (its values interned) when new. */
    int intern(List<String> list) {
        Integer code = codes.get(list);
        if (code != null) {
            return code;
        }
        String[] shared = new String[list.size()];
        int[] ec = new int[list.size()];
        for (int i = 0; i < shared.length; i++) {
            ec[i] = elements.intern(list.get(i));
            shared[i] = elements.value(ec[i]);
        }
        List<String> copy = List.of(shared);
        if (size == lists.length) {
            lists = Arrays.copyOf(lists, size * 2);
            elementCodes = Arrays.copyOf(elementCodes, size * 2);
        }
        lists[size] = copy;
        elementCodes[size] = ec;
        codes.put(copy, size);
        listBytes += Footprint.object(Footprint.REFERENCE) + Footprint.array(ec.length, Footprint.REFERENCE)
                + Footprint.array(ec.length, 4) + Footprint.hashMapEntry();
        return size++;
    }

    /** The list with this code: immutable, shared. */
    List<String> list(int code) {
        return lists[code];
    }

    /** The element codes of the list with this code, in list order. Callers must not change the array. */
    int[] elementCodes(int code) {
        return elementCodes[code];
    }

    StringDictionary elements() {
        return elements;
    }

    int size() {
        return size;
    }

    long retainedBytes() {
        return Footprint.object(4 + 4 * Footprint.REFERENCE + 8)
                + 2 * Footprint.array(lists.length, Footprint.REFERENCE)
                + Footprint.object(4 * 4 + 2 * Footprint.REFERENCE)
                + Footprint.array(Integer.highestOneBit(Math.max(1, size * 4 / 3)) * 2, Footprint.REFERENCE)
                + listBytes + elements.retainedBytes();
    }
}
