package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeInput;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.jira.ao.SchemeEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link SchemeStore} on ActiveObjects: one row per scheme, its configuration as the JSON of {@link SchemeInput} (the
 * export format), re-validated on every read. Each call is one transaction or joins the caller's. Thread-safe.
 */
@Named
public class ActiveObjectsSchemeStore implements SchemeStore {
    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsSchemeStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<ProgramScheme> list(PageRequest request) {
        return ao.executeInTransaction(() -> {
            int total = ao.count(SchemeEntity.class);
            SchemeEntity[] rows = ao.find(SchemeEntity.class, Query.select().order("NAME_LOWER ASC, ID ASC")
                    .offset(request.startAt()).limit(request.maxResults()));
            return new Page<>(request.startAt(), request.maxResults(), total,
                    Arrays.stream(rows).map(ActiveObjectsSchemeStore::toScheme).toList());
        });
    }

    @Override
    public Optional<ProgramScheme> find(long id) {
        return ao.executeInTransaction(() -> row(id).map(ActiveObjectsSchemeStore::toScheme));
    }

    @Override
    public Optional<ProgramScheme> findByName(String name) {
        return ao.executeInTransaction(() -> {
            SchemeEntity[] rows = ao.find(SchemeEntity.class,
                    Query.select().where("NAME_LOWER = ?", name.strip().toLowerCase(Locale.ROOT)));
            return rows.length == 0 ? Optional.<ProgramScheme>empty() : Optional.of(toScheme(rows[0]));
        });
    }

    @Override
    public ProgramScheme create(ProgramScheme scheme) {
        return ao.executeInTransaction(() -> {
            SchemeEntity row = ao.create(SchemeEntity.class,
                    new DBParam("NAME", scheme.name()),
                    new DBParam("NAME_LOWER", scheme.name().toLowerCase(Locale.ROOT)),
                    new DBParam("CONFIG", Json.write(SchemeInput.of(scheme))),
                    new DBParam("ROW_VERSION", 1));
            row.setDescription(emptyToNull(scheme.description()));
            row.save();
            return toScheme(row);
        });
    }

    /** ActiveObjects refuses empty strings (some databases store them as null): an empty text is stored as null. */
    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    @Override
    public ProgramScheme update(ProgramScheme scheme, int expectedVersion) {
        return ao.executeInTransaction(() -> {
            SchemeEntity row = row(scheme.id()).orElseThrow(() -> new NoSuchElementException("scheme " + scheme.id()));
            if (row.getRowVersion() != expectedVersion) {
                throw new StaleVersionException("Scheme " + row.getName(), expectedVersion, row.getRowVersion());
            }
            row.setName(scheme.name());
            row.setNameLower(scheme.name().toLowerCase(Locale.ROOT));
            row.setDescription(emptyToNull(scheme.description()));
            row.setConfig(Json.write(SchemeInput.of(scheme)));
            row.setRowVersion(expectedVersion + 1);
            row.save();
            return toScheme(row);
        });
    }

    @Override
    public void delete(long id, int expectedVersion) {
        ao.executeInTransaction(() -> {
            SchemeEntity row = row(id).orElseThrow(() -> new NoSuchElementException("scheme " + id));
            if (row.getRowVersion() != expectedVersion) {
                throw new StaleVersionException("Scheme " + row.getName(), expectedVersion, row.getRowVersion());
            }
            ao.delete(row);
            return null;
        });
    }

    private Optional<SchemeEntity> row(long id) {
        SchemeEntity[] rows = ao.find(SchemeEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    static ProgramScheme toScheme(SchemeEntity row) {
        SchemeInput stored = Json.read(row.getConfig(), SchemeInput.class);
        SchemeInput withColumns = new SchemeInput(row.getName(), row.getDescription(), stored.dependencyLinkTypes(),
                stored.doneStatusCategories(), stored.doneStatuses(), stored.estimate(), stored.team(),
                stored.milestoneSource(), stored.calendar(), stored.durations(), stored.risks());
        return withColumns.validate(row.getID(), row.getRowVersion());
    }
}
