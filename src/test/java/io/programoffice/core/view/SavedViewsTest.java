package io.programoffice.core.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.Test;

public class SavedViewsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final Memory store = new Memory();
    private final SavedViews views = new SavedViews(store, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Actor alice = new Actor("alice", false);
    private final Actor bob = new Actor("bob", false);
    private final Actor owner = new Actor("olga", false);
    private final Actor admin = new Actor("admin", true);
    private final Program demo = program("DEMO");

    @Test
    public void save_normalisesTheQuery_andTrimsTheName() {
        SavedView v = views.save(alice, demo, "  By team ", "text=x&groupBy=team");
        assertEquals("By team", v.name());
        assertEquals("groupBy=team&text=x", v.query().toQueryString());
        assertEquals(NOW, v.created());
        assertEquals(List.of(v), views.list(demo, new PageRequest(0, 10)).values());
    }

    @Test
    public void save_reportsNameAndQueryProblems_andStoresNothing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> views.save(alice, demo, "", "groupBy=colour"));
        assertEquals(Map.of("name", "program-office.error.view.name.required",
                "query", "program-office.error.view.groupBy.unknown"), keys(e));
        assertEquals("program-office.error.view.name.length", keys(assertThrows(ValidationException.class,
                () -> views.save(alice, demo, "x".repeat(101), ""))).get("name"));
        assertEquals("program-office.error.view.name.control", keys(assertThrows(ValidationException.class,
                () -> views.save(alice, demo, "a\u0007b", ""))).get("name"));
        assertEquals(0, views.list(demo, new PageRequest(0, 10)).total());
    }

    @Test
    public void names_areUniquePerOwner_caseInsensitively() {
        views.save(alice, demo, "Mine", "");
        assertEquals("program-office.error.view.name.taken", keys(assertThrows(ValidationException.class,
                () -> views.save(alice, demo, "MINE", ""))).get("name"));
        views.save(bob, demo, "Mine", "");
        views.save(alice, program("OTHER"), "Mine", "");
    }

    @Test
    public void save_isLimitedPerOwnerAndProgram() {
        for (int i = 0; i < SavedViews.MAX_PER_OWNER; i++) {
            views.save(alice, demo, "v" + i, "");
        }
        assertEquals("program-office.error.view.limit", keys(assertThrows(ValidationException.class,
                () -> views.save(alice, demo, "one more", ""))).get("name"));
    }

    @Test
    public void delete_isForTheOwner_theProgramsOwners_andAdministrators() {
        SavedView v = views.save(alice, demo, "Mine", "");
        assertFalse(SavedViews.mayDelete(bob, demo, v));
        assertTrue(SavedViews.mayDelete(owner, demo, v));
        assertTrue(SavedViews.mayDelete(admin, demo, v));
        assertThrows(ForbiddenException.class, () -> views.delete(bob, demo, v.id()));
        assertThrows(NotFoundException.class, () -> views.delete(alice, program("OTHER"), v.id()));
        views.delete(owner, demo, v.id());
        assertThrows(NotFoundException.class, () -> views.delete(alice, demo, v.id()));
    }

    private static Map<String, String> keys(ValidationException e) {
        Map<String, String> out = new TreeMap<>();
        e.fieldProblems().forEach((f, p) -> out.put(f, p.key()));
        return out;
    }

    private static Program program(String key) {
        return new Program(key, key + " program", "", List.of("olga"), List.of(), 1, ProgramScope.projects(List.of("APP")),
                false, 1);
    }

    /** An in-memory store. */
    private static final class Memory implements SavedViewStore {
        private final List<SavedView> views = new ArrayList<>();
        private long next = 1;

        @Override
        public Page<SavedView> list(String programKey, PageRequest page) {
            List<SavedView> all = views.stream().filter(v -> v.programKey().equals(programKey))
                    .sorted(Comparator.comparing((SavedView v) -> v.name().toLowerCase(Locale.ROOT))).toList();
            return new Page<>(page.startAt(), page.maxResults(), all.size(), all.stream().skip(page.startAt())
                    .limit(page.maxResults()).toList());
        }

        @Override
        public Optional<SavedView> find(long id) {
            return views.stream().filter(v -> v.id() == id).findFirst();
        }

        @Override
        public int count(String programKey, String owner) {
            return (int) views.stream().filter(v -> v.programKey().equals(programKey) && v.owner().equals(owner)).count();
        }

        @Override
        public boolean exists(String programKey, String owner, String name) {
            return views.stream().anyMatch(v -> v.programKey().equals(programKey) && v.owner().equals(owner)
                    && v.name().equalsIgnoreCase(name));
        }

        @Override
        public SavedView create(SavedView v) {
            SavedView stored = new SavedView(next++, v.programKey(), v.name(), v.owner(), v.query(), v.created());
            views.add(stored);
            return stored;
        }

        @Override
        public boolean delete(long id) {
            return views.removeIf(v -> v.id() == id);
        }
    }
}
