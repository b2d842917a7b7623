package io.programoffice.jira.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeInput;
import io.programoffice.jira.Json;
import io.programoffice.jira.ao.AuditEntity;
import io.programoffice.jira.ao.ProgramEntity;
import io.programoffice.jira.ao.SchemeEntity;
import java.util.Locale;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Model version 1: programs gain a scheme, people, a JQL scope, an archived flag and a row version. Programs stored
 * before (key, name and projects only) get the "Default scheme" (created if missing) and version 1. On a fresh
 * install it only creates the tables. Runs once, in one transaction, before the host migrates the entities.
 */
public class UpgradeTask001DefaultScheme implements ActiveObjectsUpgradeTask {
    /** The name of the scheme older programs are given. */
    public static final String DEFAULT_SCHEME = "Default scheme";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ProgramEntity.class, SchemeEntity.class, AuditEntity.class);
        ProgramEntity[] withoutScheme = ao.find(ProgramEntity.class, Query.select().where("SCHEME_ID = ?", 0L));
        if (withoutScheme.length == 0) {
            return;
        }
        long schemeId = defaultSchemeId(ao);
        for (ProgramEntity program : withoutScheme) {
            program.setSchemeId(schemeId);
            if (program.getRowVersion() < 1) {
                program.setRowVersion(1);
            }
            program.save();
        }
    }

    private static long defaultSchemeId(ActiveObjects ao) {
        String lower = DEFAULT_SCHEME.toLowerCase(Locale.ROOT);
        SchemeEntity[] existing = ao.find(SchemeEntity.class, Query.select().where("NAME_LOWER = ?", lower));
        if (existing.length > 0) {
            return existing[0].getID();
        }
        ProgramScheme scheme = ProgramScheme.defaultScheme(DEFAULT_SCHEME);
        return ao.create(SchemeEntity.class,
                new DBParam("NAME", scheme.name()),
                new DBParam("NAME_LOWER", lower),
                new DBParam("DESCRIPTION", "Given to programs created before schemes existed."),
                new DBParam("CONFIG", Json.write(SchemeInput.of(scheme))),
                new DBParam("ROW_VERSION", 1)).getID();
    }
}
