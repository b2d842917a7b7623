package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Program risks" dashboard item in Debian's Chromium on the workbench's dashboard: Alice picks the demo program
 * in the item's edit view and sees the line of open risks, exposure and high risks, the top five open risks and the
 * heat map as the REST API answers her (rows probability 5 to 1, columns impact 1 to 5, cells coloured by score);
 * a risk summary full of markup stays text and runs no script; the choice survives a reload. A program whose scheme
 * keeps no risks gets a message (on the administrator's dashboard, so that Alice's item starts unconfigured).
 * Screenshot {@code dashboard-risks.png} goes to {@code target/screenshots/}.
 */
public class RiskDashboardBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench().withIndexReady();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/program-office/1.0";
    private static final String ITEM = "#gadget-program-office-program-risks";
    private static final String PAYLOAD = "<img src=x onerror=\"window.poXss=1\"><b>x</b>";
    private static final Map<String, String> ROAM = Map.of("owned", "Owned", "accepted", "Accepted", "mitigated",
            "Mitigated", "resolved", "Resolved");
    /** The program page's heat map colours (program-office-heatmap.css) by score. */
    private static final Map<String, String> HEAT = Map.of("high", "#ffbdad", "medium", "#ffe2bd", "low", "#fffae6",
            "minimal", "#e3fcef");

    private static JsonNode rest(String path, String user) throws Exception {
        HttpResponse<String> r = WORKBENCH.get(REST + path, user);
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    @Test
    public void alice_configuresProgramRisks_seesTheRestAnswers_andMarkupInASummaryStaysText() throws Exception {
        HttpResponse<String> put = WORKBENCH.json("PUT", "/rest/api/2/issue/WEB-602", "alice",
                "{\"fields\":{\"summary\":" + JSON.writeValueAsString(PAYLOAD) + "}}");
        assertEquals(put.body(), 204, put.statusCode());
        JsonNode map = rest("/programs/DEMO/risks/heatmap", "alice");
        JsonNode top = rest("/programs/DEMO/risks?maxResults=5", "alice");
        assertTrue(map.get("enabled").asBoolean());
        assertEquals(5, top.get("values").size());
        assertEquals(map.get("open").asInt(), top.get("total").asInt());
        List<String> keys = new ArrayList<>();
        top.get("values").forEach(r -> keys.add(r.get("key").asText()));
        assertTrue(keys.toString(), keys.contains("WEB-602"));

        try (Browser browser = Browser.open(1280, 1400)) {
            DashboardSteps.showProgram(browser, WORKBENCH.base(), "alice", ITEM, "DEMO", "tr.po-dash-risk");
            assertEquals("Program risks: DEMO",
                    browser.driver.findElement(By.cssSelector(ITEM + " .workbench-gadget-title")).getText());
            assertMatches(browser, map, top);

            WebElement marked = browser.driver.findElement(By.cssSelector(
                    ITEM + " tr.po-dash-risk[data-risk='WEB-602'] .po-dash-risk-summary"));
            assertEquals(PAYLOAD, marked.getText());
            assertTrue(browser.driver.findElements(By.cssSelector(ITEM + " img, " + ITEM + " b")).isEmpty());
            assertNull(((JavascriptExecutor) browser.driver).executeScript("return window.poXss;"));

            ((JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].scrollIntoView()", browser.driver.findElement(By.cssSelector(ITEM)));
            browser.screenshot("dashboard-risks.png");

            browser.get(WORKBENCH.base() + "/secure/Dashboard.jspa");
            browser.waitFor(By.cssSelector(ITEM + " tr.po-dash-risk"));
            assertMatches(browser, map, top);
            assertNull(((JavascriptExecutor) browser.driver).executeScript("return window.poXss;"));
        }
    }

    @Test
    public void aProgramWhoseSchemeKeepsNoRisks_showsAMessage() throws Exception {
        ObjectNode scheme = (ObjectNode) rest("/schemes/1", "admin");
        scheme.remove(List.of("id", "version", "programs"));
        scheme.put("name", "Delivery without risks");
        scheme.putNull("risks");
        HttpResponse<String> created = WORKBENCH.json("POST", REST + "/schemes", "admin", scheme.toString());
        assertEquals(created.body(), 201, created.statusCode());
        long schemeId = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> program = WORKBENCH.json("POST", REST + "/programs", "admin", JSON.writeValueAsString(
                Map.of("key", "NORISK", "name", "No risks kept", "schemeId", schemeId,
                        "scope", Map.of("projects", List.of("APP")))));
        assertEquals(program.body(), 201, program.statusCode());
        assertTrue(!rest("/programs/NORISK/risks/heatmap", "admin").get("enabled").asBoolean());
        HttpResponse<String> saved = WORKBENCH.json("PUT", "/rest/dashboards/1.0/10000/gadget/"
                + "program-office-program-risks/prefs", "admin", "{\"programKey\":\"NORISK\"}");
        assertEquals(saved.body(), 204, saved.statusCode());

        try (Browser browser = Browser.open(1024, 900)) {
            browser.get(WORKBENCH.base() + "/secure/Dashboard.jspa");
            browser.login("admin");
            browser.waitFor(By.cssSelector(ITEM + " .po-dash-risks-disabled"));
            assertEquals("This program keeps no risks: its scheme names no risk issue type. An administrator can"
                    + " set one in the program scheme.", browser.driver.findElement(By.cssSelector(
                    ITEM + " .po-dash-risks-disabled")).getText());
            assertEquals("Program risks: NORISK",
                    browser.driver.findElement(By.cssSelector(ITEM + " .workbench-gadget-title")).getText());
            assertTrue(browser.driver.findElements(By.cssSelector(ITEM + " .po-dash-heatmap, " + ITEM
                    + " tr.po-dash-risk")).isEmpty());
        }
    }

    /** The item's line, rows and heat map cells against what the REST API answers. */
    private static void assertMatches(Browser browser, JsonNode map, JsonNode top) {
        WebElement line = browser.driver.findElement(By.cssSelector(ITEM + " .po-dash-risks-summary"));
        assertEquals(map.get("open").asInt() + " open risks, exposure " + map.get("exposure").asInt() + ", "
                + map.get("high").asInt() + " high", line.getText());
        assertEquals(map.get("open").asText(), line.getAttribute("data-open"));
        assertEquals(map.get("exposure").asText(), line.getAttribute("data-exposure"));
        assertEquals(map.get("high").asText(), line.getAttribute("data-high"));

        List<WebElement> rows = browser.driver.findElements(By.cssSelector(ITEM + " tr.po-dash-risk"));
        assertEquals(top.get("values").size(), rows.size());
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = top.get("values").get(i);
            WebElement row = rows.get(i);
            assertEquals(r.get("key").asText(), row.getAttribute("data-risk"));
            WebElement link = row.findElement(By.cssSelector(".po-dash-risk-key a"));
            assertEquals(r.get("key").asText(), link.getText());
            assertEquals(WORKBENCH.base() + "/browse/" + r.get("key").asText(), link.getAttribute("href"));
            assertEquals(r.get("summary").asText(), row.findElement(By.cssSelector(".po-dash-risk-summary"))
                    .getText());
            int score = r.get("residualScore").asInt();
            assertTrue("highest residual score first", score <= previous);
            previous = score;
            WebElement badge = row.findElement(By.cssSelector(".po-dash-risk-score .po-dash-risk-badge"));
            assertEquals(String.valueOf(score), badge.getText());
            assertEquals(HEAT.get(heat(score)), background(badge));
            String roam = r.get("roam").isNull() ? null : r.get("roam").asText();
            assertEquals(roam == null ? "Not decided" : ROAM.get(roam), row.findElement(By.cssSelector(
                    ".po-dash-risk-roam .aui-lozenge")).getAttribute("textContent"));
            String owner = r.get("ownerName").isNull() ? "Unowned" : r.get("ownerName").asText();
            assertEquals(owner, row.findElement(By.cssSelector(".po-dash-risk-owner")).getText());
        }

        List<String> rowHeads = browser.driver.findElements(By.cssSelector(
                ITEM + " .po-dash-heatmap tbody th[scope='row']")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("5", "4", "3", "2", "1"), rowHeads);
        List<String> columnHeads = browser.driver.findElements(By.cssSelector(
                ITEM + " .po-dash-heatmap thead th[scope='col']")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("1", "2", "3", "4", "5"), columnHeads);
        List<WebElement> cells = browser.driver.findElements(By.cssSelector(ITEM + " .po-dash-heat-cell"));
        assertEquals(25, cells.size());
        int sum = 0;
        for (int p = 1; p <= 5; p++) {
            for (int i = 1; i <= 5; i++) {
                // rows from probability 5 down, columns from impact 1 up
                WebElement cell = cells.get((5 - p) * 5 + (i - 1));
                assertEquals(String.valueOf(p), cell.getAttribute("data-probability"));
                assertEquals(String.valueOf(i), cell.getAttribute("data-impact"));
                String expected = map.get("cells").get(p - 1).get(i - 1).asText();
                assertEquals(p + "x" + i, expected, cell.getText());
                assertEquals(p + "x" + i, HEAT.get(heat(p * i)), background(cell));
                sum += Integer.parseInt(expected);
            }
        }
        assertTrue("the map holds risks", sum > 0);
        int unassessed = map.get("unassessed").asInt();
        assertEquals(map.get("open").asInt(), sum + unassessed);
        assertTrue("the demo has a risk not assessed yet", unassessed > 0);
        assertEquals("Not assessed yet, so not on the map: " + unassessed, browser.driver.findElement(By.cssSelector(
                ITEM + " .po-dash-heat-unassessed")).getText());
    }

    private static String background(WebElement element) {
        return Color.fromString(element.getCssValue("background-color")).asHex();
    }

    private static String heat(int score) {
        return score >= 15 ? "high" : score >= 8 ? "medium" : score >= 4 ? "low" : "minimal";
    }
}
