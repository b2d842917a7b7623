package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Program milestones in Debian's Chromium on the demo: Alice's issue view of APP-20 has the "Milestones this issue
 * feeds" panel with Partner pilot (its status in words, target, P85 forecast, a link to the program's Milestones tab),
 * as the REST API answers her; an issue that feeds no milestone has no such panel; and the "Program milestones"
 * dashboard item, configured for DEMO, lists the program's milestones as the REST API answers her (lozenges are
 * upper-cased by AUI's styles; their words are compared as written); an issue on a milestone's critical path is
 * marked so. Screenshots {@code issue-milestones-panel.png} and {@code dashboard-milestones.png} go to
 * {@code target/screenshots/}.
 */
public class MilestoneBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench().withIndexReady();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/program-office/1.0";
    private static final String ITEM = "#gadget-program-office-program-milestones";
    private static final Map<String, String> WORDS = Map.of("GREEN", "On track", "AMBER", "At risk", "RED",
            "Late");

    @Test
    public void alice_seesPartnerPilot_onTheIssueViewOfApp20() throws Exception {
        JsonNode expected = JSON.readTree(WORKBENCH.get(REST + "/issues/APP-20/milestones", "alice").body());
        JsonNode pilot = null;
        for (JsonNode m : expected) {
            if (m.get("name").asText().equals("Partner pilot")) {
                pilot = m;
            }
        }
        assertNotNull(expected.toString(), pilot);
        try (Browser browser = Browser.open(1280, 900)) {
            browser.get(WORKBENCH.base() + "/browse/APP-20");
            browser.login("alice");
            browser.waitFor(By.cssSelector("#po-milestone-panel[data-state='loaded']"));
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#po-milestone-panel li.po-milestone"));
            assertEquals(expected.size(), rows.size());
            WebElement row = browser.driver.findElement(By.cssSelector(
                    "#po-milestone-panel li.po-milestone[data-milestone-id='" + pilot.get("milestoneId").asText()
                            + "']"));
            WebElement link = row.findElement(By.cssSelector("a.po-milestone-name"));
            assertEquals("Partner pilot", link.getText());
            assertTrue(link.getAttribute("href"),
                    link.getAttribute("href").endsWith("/plugins/servlet/program-office/program?key=DEMO&tab=milestones"));
            assertEquals(WORDS.get(pilot.get("rag").asText()),
                    row.findElement(By.cssSelector(".po-milestone-rag")).getAttribute("textContent"));
            assertEquals("On track", row.findElement(By.cssSelector(".po-milestone-rag")).getAttribute("textContent"));
            assertEquals("Target " + pilot.get("targetDate").asText(),
                    row.findElement(By.cssSelector(".po-milestone-target")).getText());
            assertEquals("P85 forecast " + pilot.get("p85").asText(),
                    row.findElement(By.cssSelector(".po-milestone-p85")).getText());
            assertEquals(pilot.get("critical").asBoolean(),
                    !row.findElements(By.cssSelector(".po-milestone-critical")).isEmpty());
            assertEquals(pilot.get("reason").asText(), row.findElement(By.cssSelector(".po-milestone-reason")).getText());
            assertTrue(browser.driver.findElement(By.id("program-office-milestone-panel")).isDisplayed());
            browser.screenshot("issue-milestones-panel.png");

            // an issue on a milestone's critical path (as the program's milestone list says) is marked so
            JsonNode list = JSON.readTree(WORKBENCH.get(REST + "/programs/DEMO/milestones", "alice").body());
            String id = null;
            String critical = null;
            for (JsonNode m : list) {
                if (critical == null && m.get("critical").size() > 0) {
                    id = m.get("id").asText();
                    critical = m.get("critical").get(0).asText();
                }
            }
            assertNotNull(list.toString(), critical);
            browser.get(WORKBENCH.base() + "/browse/" + critical);
            browser.waitFor(By.cssSelector("#po-milestone-panel[data-state='loaded']"));
            WebElement marked = browser.driver.findElement(By.cssSelector(
                    "#po-milestone-panel li.po-milestone[data-milestone-id='" + id + "']"));
            assertEquals("true", marked.getAttribute("data-critical"));
            assertEquals("Critical path", marked.findElement(By.cssSelector(".po-milestone-critical"))
                    .getAttribute("textContent"));
        }
    }

    @Test
    public void anIssueInNoMilestone_hasNoMilestonesPanel() throws Exception {
        String key = null;
        for (int n = 1; n <= 80 && key == null; n++) {
            if ("[]".equals(WORKBENCH.get(REST + "/issues/APP-" + n + "/milestones", "alice").body())) {
                key = "APP-" + n;
            }
        }
        assertNotNull("some APP issue feeds no milestone", key);
        try (Browser browser = Browser.open(1280, 900)) {
            browser.get(WORKBENCH.base() + "/browse/" + key);
            browser.login("alice");
            browser.waitFor(By.cssSelector("#po-milestone-panel[data-state='empty']"));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.id("program-office-milestone-panel")));
            assertFalse(browser.driver.findElement(By.id("program-office-milestone-panel")).isDisplayed());
            assertTrue(browser.driver.findElements(By.cssSelector("#po-milestone-panel li.po-milestone")).isEmpty());
            assertTrue(browser.driver.findElement(By.id("program-office-dependency-panel")).isDisplayed());
        }
    }

    @Test
    public void alice_configuresProgramMilestones_onHerDashboard() throws Exception {
        JsonNode milestones = JSON.readTree(WORKBENCH.get(REST + "/programs/DEMO/milestones", "alice").body());
        assertTrue(milestones.size() >= 3);
        try (Browser browser = Browser.open(1280, 1100)) {
            DashboardSteps.showProgram(browser, WORKBENCH.base(), "alice", ITEM, "DEMO", "tr.po-dash-milestone");
            assertEquals("Program milestones: DEMO",
                    browser.driver.findElement(By.cssSelector(ITEM + " .workbench-gadget-title")).getText());
            List<WebElement> rows = browser.driver.findElements(By.cssSelector(ITEM + " tr.po-dash-milestone"));
            assertEquals(milestones.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode m = milestones.get(i);
                WebElement row = rows.get(i);
                assertEquals(m.get("name").asText(), row.findElement(By.cssSelector(".po-dash-milestone-name"))
                        .getText());
                assertEquals(m.get("targetDate").asText(), row.findElement(By.cssSelector(
                        ".po-dash-milestone-target")).getText());
                assertEquals(WORDS.get(m.get("rag").asText()), row.findElement(By.cssSelector(
                        ".po-dash-milestone-rag")).getAttribute("textContent"));
                assertEquals(m.get("forecast").get("p85").asText(), row.findElement(By.cssSelector(
                        ".po-dash-milestone-p85")).getText());
                assertEquals(Math.round(m.get("forecast").get("probabilityOnTime").asDouble() * 100) + "%",
                        row.findElement(By.cssSelector(".po-dash-milestone-ontime")).getText());
            }
            assertEquals(List.of("Late", "On track", "At risk"), rows.stream().limit(3)
                    .map(r -> r.findElement(By.cssSelector(".po-dash-milestone-rag")).getAttribute("textContent")).toList());
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].scrollIntoView()", browser.driver.findElement(By.cssSelector(ITEM)));
            browser.screenshot("dashboard-milestones.png");

            browser.get(WORKBENCH.base() + "/secure/Dashboard.jspa");
            browser.waitFor(By.cssSelector(ITEM + " tr.po-dash-milestone"));
            assertEquals(milestones.size(), browser.driver.findElements(By.cssSelector(
                    ITEM + " tr.po-dash-milestone")).size());
        }
    }
}
