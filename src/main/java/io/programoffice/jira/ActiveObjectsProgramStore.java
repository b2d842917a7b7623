package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.ao.ProgramEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link ProgramStore} on ActiveObjects. Each call is one transaction or joins the caller's; a filtered list costs
 * one count and one paged select. Thread-safe (ActiveObjects is).
 */
@Named
public class ActiveObjectsProgramStore implements ProgramStore {
    private static final String KEY_COLUMN = "PROGRAM_KEY";
    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsProgramStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<Program> list(ProgramFilter filter, PageRequest request) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.nameContains() != null) {
            clauses.add("LOWER(NAME) LIKE ? ESCAPE '!'");
            params.add("%" + like(filter.nameContains().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.owner() != null) {
            clauses.add("OWNERS LIKE ? ESCAPE '!'");
            params.add("%\n" + like(filter.owner()) + "\n%");
        }
        if (filter.archived() != null) {
            clauses.add("ARCHIVED = ?");
            params.add(filter.archived());
        }
        return ao.executeInTransaction(() -> {
            Query count = Query.select();
            Query page = Query.select().order(KEY_COLUMN + " ASC").offset(request.startAt()).limit(request.maxResults());
            if (!clauses.isEmpty()) {
                String where = String.join(" AND ", clauses);
                count = count.where(where, params.toArray());
                page = page.where(where, params.toArray());
            }
            int total = ao.count(ProgramEntity.class, count);
            ProgramEntity[] rows = ao.find(ProgramEntity.class, page);
            return new Page<>(request.startAt(), request.maxResults(), total,
                    Arrays.stream(rows).map(ActiveObjectsProgramStore::toProgram).toList());
        });
    }

    @Override
    public Optional<Program> find(String key) {
        return ao.executeInTransaction(() -> row(key).map(ActiveObjectsProgramStore::toProgram));
    }

    @Override
    public Program create(Program program) {
        return ao.executeInTransaction(() -> {
            if (row(program.key()).isPresent()) {
                throw new IllegalStateException("A program with key " + program.key() + " already exists");
            }
            ProgramEntity row = ao.create(ProgramEntity.class,
                    new DBParam(KEY_COLUMN, program.key()),
                    new DBParam("NAME", program.name()),
                    new DBParam("ROW_VERSION", 1));
            write(row, program);
            row.setRowVersion(1);
            row.save();
            return toProgram(row);
        });
    }

    @Override
    public Program update(Program program, int expectedVersion) {
        return ao.executeInTransaction(() -> {
            ProgramEntity row = row(program.key())
                    .orElseThrow(() -> new NoSuchElementException("program " + program.key()));
            if (row.getRowVersion() != expectedVersion) {
                throw new StaleVersionException("Program " + program.key(), expectedVersion, row.getRowVersion());
            }
            write(row, program);
            row.setRowVersion(expectedVersion + 1);
            row.save();
            return toProgram(row);
        });
    }

    @Override
    public void delete(String key, int expectedVersion) {
        ao.executeInTransaction(() -> {
            ProgramEntity row = row(key).orElseThrow(() -> new NoSuchElementException("program " + key));
            if (row.getRowVersion() != expectedVersion) {
                throw new StaleVersionException("Program " + key, expectedVersion, row.getRowVersion());
            }
            ao.delete(row);
            return null;
        });
    }

    @Override
    public int countUsingScheme(long schemeId) {
        return ao.executeInTransaction(() -> ao.count(ProgramEntity.class, Query.select().where("SCHEME_ID = ?", schemeId)));
    }

    private Optional<ProgramEntity> row(String key) {
        ProgramEntity[] rows = ao.find(ProgramEntity.class, Query.select().where(KEY_COLUMN + " = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void write(ProgramEntity row, Program program) {
        row.setName(program.name());
        row.setDescription(program.description().isEmpty() ? null : program.description());
        row.setOwners(people(program.owners()));
        row.setStakeholders(people(program.stakeholders()));
        row.setSchemeId(program.schemeId());
        row.setProjectKeys(program.scope().projects().isEmpty() ? null : String.join(",", program.scope().projects()));
        row.setScopeJql(program.scope().jql());
        row.setArchived(program.archived());
    }

    /**
     * {@code "\nalice\nbob\n"}: every name between newlines, so {@code LIKE '%\nalice\n%'} finds exactly alice; null
     * for nobody.
     */
    static String people(List<String> usernames) {
        return usernames.isEmpty() ? null : "\n" + String.join("\n", usernames) + "\n";
    }

    static List<String> people(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split("\n")).filter(s -> !s.isEmpty()).toList();
    }

    private static String like(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static Program toProgram(ProgramEntity row) {
        List<String> projects = row.getProjectKeys() == null || row.getProjectKeys().isEmpty() ? List.of()
                : List.of(row.getProjectKeys().split(","));
        return new Program(row.getProgramKey(), row.getName(), row.getDescription() == null ? "" : row.getDescription(),
                people(row.getOwners()), people(row.getStakeholders()), row.getSchemeId(),
                new ProgramScope(projects, row.getScopeJql()), row.isArchived(), row.getRowVersion());
    }
}
