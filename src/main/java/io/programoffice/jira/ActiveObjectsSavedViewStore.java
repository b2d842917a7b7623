package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.view.SavedView;
import io.programoffice.core.view.SavedViewStore;
import io.programoffice.core.view.ViewQuery;
import io.programoffice.jira.ao.SavedViewEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link SavedViewStore} on ActiveObjects. A program's views are read whole (at most
 * {@link io.programoffice.core.view.SavedViews#MAX_PER_OWNER} per person) and sorted by name in Java, so the order
 * is the same on every database. Thread-safe.
 */
@Named
public class ActiveObjectsSavedViewStore implements SavedViewStore {
    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsSavedViewStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<SavedView> list(String programKey, PageRequest page) {
        return ao.executeInTransaction(() -> {
            SavedViewEntity[] rows = ao.find(SavedViewEntity.class, Query.select().where("PROGRAM_KEY = ?", programKey));
            var views = Arrays.stream(rows).map(ActiveObjectsSavedViewStore::toView)
                    .sorted(Comparator.comparing((SavedView v) -> v.name().toLowerCase(Locale.ROOT))
                            .thenComparingLong(SavedView::id))
                    .toList();
            int from = Math.min(page.startAt(), views.size());
            int to = Math.min(views.size(), from + page.maxResults());
            return new Page<>(page.startAt(), page.maxResults(), views.size(), views.subList(from, to));
        });
    }

    @Override
    public Optional<SavedView> find(long id) {
        return ao.executeInTransaction(() -> {
            SavedViewEntity[] rows = ao.find(SavedViewEntity.class, Query.select().where("ID = ?", id));
            return rows.length == 0 ? Optional.<SavedView>empty() : Optional.of(toView(rows[0]));
        });
    }

    @Override
    public int count(String programKey, String owner) {
        return ao.executeInTransaction(() -> ao.count(SavedViewEntity.class,
                Query.select().where("PROGRAM_KEY = ? AND OWNER = ?", programKey, owner)));
    }

    @Override
    public boolean exists(String programKey, String owner, String name) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(SavedViewEntity.class,
                        Query.select().where("PROGRAM_KEY = ? AND OWNER = ?", programKey, owner)))
                .anyMatch(row -> row.getName().equalsIgnoreCase(name)));
    }

    @Override
    public SavedView create(SavedView view) {
        return ao.executeInTransaction(() -> toView(ao.create(SavedViewEntity.class,
                new DBParam("PROGRAM_KEY", view.programKey()),
                new DBParam("NAME", view.name()),
                new DBParam("OWNER", view.owner()),
                new DBParam("QUERY", view.query().toQueryString()),
                new DBParam("CREATED_MILLIS", view.created().toEpochMilli()))));
    }

    @Override
    public boolean delete(long id) {
        return ao.executeInTransaction(() -> {
            SavedViewEntity[] rows = ao.find(SavedViewEntity.class, Query.select().where("ID = ?", id));
            if (rows.length == 0) {
                return false;
            }
            ao.delete(rows);
            return true;
        });
    }

    private static SavedView toView(SavedViewEntity row) {
        return new SavedView(row.getID(), row.getProgramKey(), row.getName(), row.getOwner(),
                ViewQuery.parseQueryString(row.getQuery()), Instant.ofEpochMilli(row.getCreatedMillis()));
    }
}
