package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.jira.issue.fields.CustomField;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbCustomFieldManagerTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void getCustomFieldObjects_listsSprintStoryPointsTeam_byName() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(List.of("customfield_10001 Sprint", "customfield_10002 Story Points",
                    "customfield_10100 Team"), describe(new WbCustomFieldManager(db).getCustomFieldObjects()));
        }
    }

    @Test
    public void getCustomFieldObject_findsAFieldById_withItsTypeKey() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(new WbCustomField("customfield_10002", "Story Points",
                            "com.atlassian.jira.plugin.system.customfieldtypes:float"),
                    new WbCustomFieldManager(db).getCustomFieldObject("customfield_10002"));
        }
    }

    @Test
    public void getCustomFieldObject_isNull_forAnUnknownIdANameOrNull() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            WbCustomFieldManager fields = new WbCustomFieldManager(db);
            assertNull(fields.getCustomFieldObject("customfield_99999"));
            assertNull(fields.getCustomFieldObject("Story Points"));
            assertNull(fields.getCustomFieldObject("CUSTOMFIELD_10002"));
            assertNull(fields.getCustomFieldObject(null));
        }
    }

    @Test
    public void getCustomFieldObjects_readsTheDatabaseOnEveryCall() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            WbCustomFieldManager fields = new WbCustomFieldManager(db);
            assertEquals(3, fields.getCustomFieldObjects().size());
            try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO CUSTOM_FIELD (ID, NAME, TYPE_KEY) VALUES ('customfield_10200',"
                        + " 'Epic Link', 'com.pyxis.greenhopper.jira:gh-epic-link')");
            }
            assertEquals(List.of("customfield_10200 Epic Link", "customfield_10001 Sprint",
                    "customfield_10002 Story Points", "customfield_10100 Team"),
                    describe(fields.getCustomFieldObjects()));
            assertEquals("Epic Link", fields.getCustomFieldObject("customfield_10200").getName());
        }
    }

    private static List<String> describe(List<CustomField> fields) {
        return fields.stream().map(f -> f.getId() + " " + f.getName()).toList();
    }
}
