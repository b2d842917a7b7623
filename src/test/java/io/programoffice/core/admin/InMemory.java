package io.programoffice.core.admin;

import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Small, real in-memory implementations of the administration ports, for core tests. */
final class InMemory {
    private InMemory() {
    }

    static <T> Page<T> page(List<T> all, PageRequest r) {
        int from = Math.min(r.startAt(), all.size());
        return new Page<>(r.startAt(), r.maxResults(), all.size(),
                all.subList(from, Math.min(from + r.maxResults(), all.size())));
    }

    static final class Programs implements ProgramStore {
        final TreeMap<String, Program> rows = new TreeMap<>();

        @Override
        public Page<Program> list(ProgramFilter f, PageRequest r) {
            return page(rows.values().stream()
                    .filter(p -> f.nameContains() == null
                            || p.name().toLowerCase(Locale.ROOT).contains(f.nameContains().toLowerCase(Locale.ROOT)))
                    .filter(p -> f.owner() == null || p.owners().contains(f.owner()))
                    .filter(p -> f.archived() == null || p.archived() == f.archived()).toList(), r);
        }

        @Override
        public Optional<Program> find(String key) {
            return Optional.ofNullable(rows.get(key));
        }

        @Override
        public Program create(Program p) {
            if (rows.containsKey(p.key())) {
                throw new IllegalStateException("exists");
            }
            rows.put(p.key(), p.withVersion(1));
            return rows.get(p.key());
        }

        @Override
        public Program update(Program p, int expected) {
            Program current = Optional.ofNullable(rows.get(p.key())).orElseThrow(NoSuchElementException::new);
            if (current.version() != expected) {
                throw new StaleVersionException(p.key(), expected, current.version());
            }
            rows.put(p.key(), p.withVersion(expected + 1));
            return rows.get(p.key());
        }

        @Override
        public void delete(String key, int expected) {
            Program current = Optional.ofNullable(rows.get(key)).orElseThrow(NoSuchElementException::new);
            if (current.version() != expected) {
                throw new StaleVersionException(key, expected, current.version());
            }
            rows.remove(key);
        }

        @Override
        public int countUsingScheme(long schemeId) {
            return (int) rows.values().stream().filter(p -> p.schemeId() == schemeId).count();
        }
    }

    static final class Schemes implements SchemeStore {
        final TreeMap<Long, ProgramScheme> rows = new TreeMap<>();
        private long nextId = 1;

        @Override
        public Page<ProgramScheme> list(PageRequest r) {
            return page(rows.values().stream().sorted(Comparator.comparing(ProgramScheme::name)).toList(), r);
        }

        @Override
        public Optional<ProgramScheme> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<ProgramScheme> findByName(String name) {
            return rows.values().stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
        }

        @Override
        public ProgramScheme create(ProgramScheme s) {
            ProgramScheme stored = s.withStorage(nextId++, 1);
            rows.put(stored.id(), stored);
            return stored;
        }

        @Override
        public ProgramScheme update(ProgramScheme s, int expected) {
            ProgramScheme current = Optional.ofNullable(rows.get(s.id())).orElseThrow(NoSuchElementException::new);
            if (current.version() != expected) {
                throw new StaleVersionException(s.name(), expected, current.version());
            }
            rows.put(s.id(), s.withStorage(s.id(), expected + 1));
            return rows.get(s.id());
        }

        @Override
        public void delete(long id, int expected) {
            rows.remove(id);
        }
    }

    static final class Audit implements AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public AuditEntry record(AuditEntry e) {
            AuditEntry stored = new AuditEntry(entries.size() + 1, e.at(), e.actor(), e.kind(), e.target(), e.action(),
                    e.changes());
            entries.add(stored);
            return stored;
        }

        @Override
        public Page<AuditEntry> list(PageRequest r) {
            List<AuditEntry> newestFirst = new ArrayList<>(entries);
            java.util.Collections.reverse(newestFirst);
            return page(newestFirst, r);
        }
    }

    /**
     * A host with these projects (browsable by the actor), users, link types, statuses and fields; projects named
     * SECRET* exist but can't be browsed; JQL containing "bad" is invalid. A field is its id, a number field, or
     * {@code id=KIND} for another {@link io.programoffice.core.admin.FieldKind}.
     */
    record Host(Set<String> projects, Set<String> users, Set<String> linkTypes, Set<String> statuses,
                Set<String> fields) implements References {
        @Override
        public List<String> hiddenProjects(Collection<String> keys) {
            return keys.stream().filter(k -> k.startsWith("SECRET")).toList();
        }

        @Override
        public List<String> missingProjects(Collection<String> keys) {
            return keys.stream().filter(k -> !projects.contains(k)).toList();
        }

        @Override
        public List<String> missingUsers(Collection<String> names) {
            return names.stream().filter(n -> !users.contains(n)).toList();
        }

        @Override
        public Optional<String> linkTypeName(String name) {
            return linkTypes.stream().filter(t -> t.equalsIgnoreCase(name)).findFirst();
        }

        @Override
        public List<String> missingStatuses(Collection<String> names) {
            return names.stream().filter(n -> statuses.stream().noneMatch(t -> t.equalsIgnoreCase(n))).toList();
        }

        @Override
        public boolean fieldExists(String fieldId) {
            return fieldKind(fieldId).isPresent();
        }

        @Override
        public Optional<io.programoffice.core.admin.FieldKind> fieldKind(String fieldId) {
            for (String f : fields) {
                if (f.equals(fieldId)) {
                    return Optional.of(io.programoffice.core.admin.FieldKind.NUMBER);
                }
                if (f.startsWith(fieldId + "=")) {
                    return Optional.of(io.programoffice.core.admin.FieldKind.valueOf(f.substring(fieldId.length() + 1)));
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> issueTypeName(String name) {
            return java.util.stream.Stream.of("Risk", "Story", "Bug").filter(t -> t.equalsIgnoreCase(name)).findFirst();
        }

        @Override
        public Optional<String> jqlError(String jql) {
            return jql.contains("bad") ? Optional.of("Field 'bad' does not exist.") : Optional.empty();
        }
    }
}
