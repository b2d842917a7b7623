package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;

import com.atlassian.jira.issue.status.Status;
import io.programoffice.workbench.data.DemoData;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbStatusManagerTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void getStatuses_listsTheStandardThree_withTheirCategories_onAFreshDatabase() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(List.of("1 To Do new/To Do", "3 In Progress indeterminate/In Progress", "5 Done done/Done"),
                    describe(new WbStatusManager(db).getStatuses()));
        }
    }

    @Test
    public void getStatuses_listsTheDemoStatuses_orderedById() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            DemoData.seed(db);
            assertEquals(List.of("1 To Do new/To Do", "2 Backlog new/To Do", "3 In Progress indeterminate/In Progress",
                    "4 In Review indeterminate/In Progress", "5 Done done/Done", "6 Closed done/Done"),
                    describe(new WbStatusManager(db).getStatuses()));
        }
    }

    @Test
    public void getStatuses_readsTheDatabaseOnEveryCall() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            WbStatusManager statuses = new WbStatusManager(db);
            assertEquals(3, statuses.getStatuses().size());
            try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO STATUS (ID, NAME, CATEGORY_ID) VALUES (2, 'Waiting', 1)");
            }
            assertEquals(List.of("1 To Do new/To Do", "2 Waiting undefined/No Category",
                    "3 In Progress indeterminate/In Progress", "5 Done done/Done"), describe(statuses.getStatuses()));
        }
    }

    @Test
    public void status_givesItsNumericIdAsAString_andItsCategoryColour() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            WbStatus done = (WbStatus) List.copyOf(new WbStatusManager(db).getStatuses()).get(2);
            assertEquals("5", done.getId());
            assertEquals(new WbStatusCategory(3, "done", "Done", "green"), done.getStatusCategory());
        }
    }

    private static List<String> describe(java.util.Collection<Status> statuses) {
        return statuses.stream().map(s -> s.getId() + " " + s.getName() + " " + s.getStatusCategory().getKey() + "/"
                + s.getStatusCategory().getName()).toList();
    }
}
