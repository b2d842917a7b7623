package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;

import com.atlassian.jira.issue.link.IssueLinkType;
import io.programoffice.workbench.data.DemoData;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbIssueLinkTypeManagerTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void getIssueLinkTypes_listsBlocksDuplicateRelates_byName_onAFreshDatabase() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(List.of("10000 Blocks|is blocked by|blocks", "10003 Duplicate|is duplicated by|duplicates",
                    "10002 Relates|relates to|relates to"),
                    describe(new WbIssueLinkTypeManager(db).getIssueLinkTypes()));
        }
    }

    @Test
    public void getIssueLinkTypes_includesTheDemoDependencyType() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            DemoData.seed(db);
            assertEquals(List.of("Blocks", "Depends", "Duplicate", "Relates"),
                    new WbIssueLinkTypeManager(db).getIssueLinkTypes().stream().map(IssueLinkType::getName).toList());
        }
    }

    @Test
    public void getIssueLinkTypes_sortsByNameIgnoringCase_andReadsTheDatabaseOnEveryCall() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            WbIssueLinkTypeManager types = new WbIssueLinkTypeManager(db);
            assertEquals(3, types.getIssueLinkTypes().size());
            try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO LINK_TYPE (ID, NAME, INWARD, OUTWARD)"
                        + " VALUES (20000, 'cloners', 'is cloned by', 'clones')");
            }
            assertEquals(List.of("Blocks", "cloners", "Duplicate", "Relates"),
                    types.getIssueLinkTypes().stream().map(IssueLinkType::getName).toList());
        }
    }

    private static List<String> describe(Collection<IssueLinkType> types) {
        return types.stream().map(t -> t.getId() + " " + t.getName() + "|" + t.getInward() + "|" + t.getOutward())
                .toList();
    }
}
