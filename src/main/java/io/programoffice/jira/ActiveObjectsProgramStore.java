package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.ao.ProgramEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link ProgramStore} on ActiveObjects. Each call is one short transaction; list costs one count and one paged
 * select. Thread-safe (ActiveObjects is).
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
    public Page<Program> list(PageRequest request) {
        return ao.executeInTransaction(() -> {
            int total = ao.count(ProgramEntity.class);
            ProgramEntity[] rows = ao.find(ProgramEntity.class, Query.select()
                    .order(KEY_COLUMN + " ASC").offset(request.startAt()).limit(request.maxResults()));
            List<Program> programs = Arrays.stream(rows).map(ActiveObjectsProgramStore::toProgram).toList();
            return new Page<>(request.startAt(), request.maxResults(), total, programs);
        });
    }

    @Override
    public Optional<Program> find(String key) {
        return ao.executeInTransaction(() -> {
            ProgramEntity[] rows = ao.find(ProgramEntity.class, Query.select().where(KEY_COLUMN + " = ?", key));
            return rows.length == 0 ? Optional.<Program>empty() : Optional.of(toProgram(rows[0]));
        });
    }

    @Override
    public Program create(Program program) {
        return ao.executeInTransaction(() -> {
            if (ao.count(ProgramEntity.class, Query.select().where(KEY_COLUMN + " = ?", program.key())) > 0) {
                throw new IllegalStateException("A program with key " + program.key() + " already exists");
            }
            ao.create(ProgramEntity.class,
                    new DBParam(KEY_COLUMN, program.key()),
                    new DBParam("NAME", program.name()),
                    new DBParam("PROJECT_KEYS", String.join(",", program.projectKeys())));
            return program;
        });
    }

    static Program toProgram(ProgramEntity row) {
        return new Program(row.getProgramKey(), row.getName(), List.of(row.getProjectKeys().split(",")));
    }
}
