package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The program's Risks tab in Debian's Chromium: Alice (an owner of DEMO) sees the heat map and the register the REST
 * API gives, clicks a heat map cell to list its risks, and sees a risk summary full of markup as text; she sees the
 * suggestions with evidence linking to the issues, creates the risk a suggestion proposes (a project where she may not
 * create issues is refused at the field; then it is created, linked and in the register), and dismisses one: an empty
 * reason is refused at the field, a reason full of markup is kept and shown as text. Bob, who does not own DEMO, gets
 * no Dismiss button. The weekly trend lists the demo's snapshots and now, and draws them. Screenshots:
 * {@code target/screenshots/program-risks.png}, {@code program-risk-trend.png}, {@code program-risk-create.png}.
 */
public class ProgramRisksBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench().withIndexReady();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "/plugins/servlet/program-office/program?key=DEMO&tab=risks";
    private static final String PAYLOAD = "<img src=x onerror=\"window.poXss=1\"><b>Agreed</b> with API";

    private static JsonNode rest(String user) throws Exception {
        HttpResponse<String> r = WORKBENCH.get("/rest/program-office/1.0/programs/DEMO/risks/suggestions", user);
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    private static JsonNode restGet(String path, String user) throws Exception {
        HttpResponse<String> r = WORKBENCH.get("/rest/program-office/1.0/programs/DEMO" + path, user);
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    private static void awaitRegister(Browser browser) {
        browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> driver.findElements(
                By.cssSelector("#program-office-risks.po-register-loaded.po-heatmap-loaded")).size() == 1);
    }

    @Test
    public void alice_seesTheHeatMapAndRegister_clicksACell_andMarkupInASummaryStaysText() throws Exception {
        HttpResponse<String> put = WORKBENCH.json("PUT", "/rest/api/2/issue/WEB-602", "alice",
                "{\"fields\":{\"summary\":" + JSON.writeValueAsString(PAYLOAD) + "}}");
        assertEquals(put.body(), 204, put.statusCode());
        JsonNode map = restGet("/risks/heatmap", "alice");
        JsonNode register = restGet("/risks?maxResults=50", "alice");
        assertTrue(map.get("open").asInt() > 5);
        try (Browser browser = Browser.open(1280, 1400)) {
            browser.get(WORKBENCH.base() + PAGE);
            browser.login("alice");
            awaitRegister(browser);
            awaitLoaded(browser);
            for (int p = 1; p <= 5; p++) {
                for (int i = 1; i <= 5; i++) {
                    WebElement cell = browser.driver.findElement(By.cssSelector(
                            ".po-heat-cell[data-probability='" + p + "'][data-impact='" + i + "']"));
                    assertEquals(p + "x" + i, map.get("cells").get(p - 1).get(i - 1).asText(), cell.getText());
                }
            }
            List<String> keys = new java.util.ArrayList<>();
            register.get("values").forEach(r -> keys.add(r.get("key").asText()));
            List<String> shown = browser.driver.findElements(By.cssSelector("#po-register-rows tr")).stream()
                    .map(tr -> tr.getAttribute("data-risk")).toList();
            assertEquals(keys, shown);
            WebElement marked = browser.driver.findElement(By.cssSelector(
                    "#po-register-rows tr[data-risk='WEB-602'] .po-register-summary"));
            assertEquals(PAYLOAD, marked.getText());
            assertTrue(browser.driver.findElements(By.cssSelector("#po-register-rows img, #po-register-rows b"))
                    .isEmpty());
            assertNull(((JavascriptExecutor) browser.driver).executeScript("return window.poXss;"));
            browser.screenshot("program-risks.png");

            JsonNode trend = restGet("/risks/trend", "alice");
            assertTrue(trend.toString(), trend.get("weeks").size() >= 8);
            assertEquals(map.get("exposure").asInt(), trend.get("now").get("exposure").asInt());
            browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> driver.findElements(
                    By.cssSelector("#program-office-risks.po-trend-loaded")).size() == 1);
            List<WebElement> weeks = browser.driver.findElements(By.cssSelector("#po-trend-rows tr"));
            assertEquals(trend.get("weeks").size() + 1, weeks.size());
            assertEquals(List.of("Now", String.valueOf(map.get("open").asInt()), String.valueOf(map.get("exposure")
                    .asInt()), String.valueOf(map.get("high").asInt()), String.valueOf(map.get("unassessed").asInt())),
                    weeks.get(weeks.size() - 1).findElements(By.tagName("td")).stream().map(WebElement::getText)
                            .toList());
            assertEquals("true", browser.driver.findElement(By.id("po-trend-chart")).getAttribute("data-drawn"));
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('po-trend-chart').scrollIntoView();");
            browser.screenshot("program-risk-trend.png");
            ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");

            JsonNode first = register.get("values").get(0);
            int p = first.get("residualProbability").isNull() ? first.get("probability").asInt()
                    : first.get("residualProbability").asInt();
            int i = first.get("residualImpact").isNull() ? first.get("impact").asInt()
                    : first.get("residualImpact").asInt();
            JsonNode cellRisks = restGet("/risks?probability=" + p + "&impact=" + i, "alice");
            browser.driver.findElement(By.cssSelector(".po-heat-cell[data-probability='" + p + "'][data-impact='" + i
                    + "']")).click();
            browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> driver.findElements(
                    By.cssSelector("#po-register-rows tr")).size() == cellRisks.get("total").asInt()
                    && !driver.findElement(By.id("po-register-cell")).getAttribute("class").contains("hidden"));
            assertEquals("Showing the risks with probability " + p + " and impact " + i + ".",
                    browser.driver.findElement(By.id("po-register-cell-text")).getText());
            String export = browser.driver.findElement(By.id("po-register-export")).getAttribute("href");
            assertTrue(export, export.contains("/risks/export?") && export.endsWith("&probability=" + p + "&impact="
                    + i + "&basis=residual"));
        }
    }

    @Test
    public void alice_createsTheRiskASuggestionProposes_afterAProjectSheCannotCreateInIsRefused() throws Exception {
        JsonNode milestone = null;
        for (JsonNode s : rest("alice")) {
            if (s.get("kind").asText().equals("milestone_past_target")) {
                milestone = s;
            }
        }
        assertTrue(milestone != null);
        int before = restGet("/risks", "alice").get("total").asInt();
        String id = milestone.get("id").asText();
        try (Browser browser = Browser.open(1280, 1100)) {
            browser.get(WORKBENCH.base() + PAGE);
            browser.login("alice");
            awaitLoaded(browser);
            WebElement row = browser.driver.findElement(By.cssSelector("#po-risks-rows tr[data-suggestion='" + id
                    + "']"));
            row.findElement(By.cssSelector(".po-risks-create-button")).click();
            browser.wait.until(driver -> driver.findElements(By.cssSelector(".po-risks-create select[name=project]"
                    + " option")).size() == 3);
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.cssSelector(
                    ".po-risks-create select[name=project]"))).selectByValue("API");
            assertEquals(milestone.get("title").asText(), browser.driver.findElement(By.cssSelector(
                    ".po-risks-create input[name=summary]")).getAttribute("value"));
            browser.driver.findElement(By.cssSelector(".po-risks-create button[type=submit]")).click();
            browser.wait.until(driver -> !driver.findElement(By.cssSelector(
                    ".po-risks-create [data-error-for=project]")).getText().isEmpty());
            assertEquals("You may not create issues in project API. Choose a project where you can, or ask its"
                    + " administrator.", browser.driver.findElement(By.cssSelector(
                    ".po-risks-create [data-error-for=project]")).getText());
            assertEquals(before, restGet("/risks", "alice").get("total").asInt());
            browser.screenshot("program-risk-create.png");

            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.cssSelector(
                    ".po-risks-create select[name=project]"))).selectByValue("APP");
            browser.driver.findElement(By.cssSelector(".po-risks-create button[type=submit]")).click();
            browser.wait.until(driver -> driver.findElement(By.id("po-risks-status")).getText()
                    .startsWith("Created risk APP-"));
            String created = browser.driver.findElement(By.cssSelector("#po-risks-status a")).getText();
            assertTrue(created, created.matches("APP-\\d+"));
            browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> !driver.findElements(
                    By.cssSelector("#po-register-rows tr[data-risk='" + created + "']")).isEmpty());
            assertEquals(before + 1, restGet("/risks", "alice").get("total").asInt());
            browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> driver.findElements(
                    By.cssSelector("#po-risks-rows tr[data-suggestion='" + id + "']")).isEmpty());
        }
    }

    private static void awaitLoaded(Browser browser) {
        browser.wait.ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElements(By.cssSelector("#program-office-risks.po-risks-loaded")).size() == 1);
    }

    @Test
    public void alice_seesTheSuggestions_andDismissesOne_withAReasonShownAsText() throws Exception {
        JsonNode suggested = rest("alice");
        assertTrue(suggested.size() > 2);
        try (Browser browser = Browser.open(1280, 1100)) {
            browser.get(WORKBENCH.base() + PAGE);
            browser.login("alice");
            awaitLoaded(browser);
            assertEquals(suggested.size(), browser.driver.findElements(By.cssSelector("#po-risks-rows tr")).size());
            assertEquals(suggested.get(0).get("title").asText(), browser.driver.findElement(
                    By.cssSelector("#po-risks-rows tr .po-risks-title")).getText());
            assertEquals("LATE CRITICAL DEPENDENCY", browser.driver.findElement(By.cssSelector(
                    "#po-risks-rows tr .aui-lozenge")).getText().toUpperCase(java.util.Locale.ROOT));
            assertTrue(browser.driver.findElement(By.id("po-risks-description")).getText()
                    .startsWith("Risks this program's own data"));
            WebElement firstKey = browser.driver.findElement(By.cssSelector("#po-risks-rows a.po-risks-key"));
            assertEquals(WORKBENCH.base() + "/browse/" + firstKey.getText(), firstKey.getAttribute("href"));
            assertEquals("Risks", browser.driver.findElement(By.cssSelector(".program-office-tabs .aui-nav-selected"))
                    .getText());
            String id = suggested.get(suggested.size() - 1).get("id").asText();
            WebElement row = browser.driver.findElement(By.cssSelector("#po-risks-rows tr[data-suggestion='" + id
                    + "']"));
            row.findElement(By.cssSelector(".po-risks-actions button:not(.po-risks-create-button)")).click();
            browser.waitFor(By.cssSelector(".po-risks-dismiss textarea"));
            browser.driver.findElement(By.cssSelector(".po-risks-dismiss button[type=submit]")).click();
            browser.wait.until(driver -> !driver.findElement(By.cssSelector(
                    ".po-risks-dismiss [data-error-for=reason]")).getText().isEmpty());
            assertEquals("Say why this is not a risk.", browser.driver.findElement(By.cssSelector(
                    ".po-risks-dismiss [data-error-for=reason]")).getText());

            browser.driver.findElement(By.cssSelector(".po-risks-dismiss textarea")).sendKeys(PAYLOAD);
            browser.driver.findElement(By.cssSelector(".po-risks-dismiss button[type=submit]")).click();
            browser.wait.ignoring(StaleElementReferenceException.class).until(driver ->
                    driver.findElements(By.cssSelector("#program-office-risks.po-risks-loaded")).size() == 1
                            && driver.findElements(By.cssSelector("#po-risks-rows tr[data-suggestion='" + id + "']"))
                            .isEmpty());
            assertEquals(suggested.size() - 1, rest("alice").size());

            browser.driver.findElement(By.cssSelector("label[for='po-risks-show-dismissed']")).click();
            String mine = "#po-risks-rows tr.po-risks-dismissed[data-suggestion='" + id + "']";
            browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> !driver.findElements(
                    By.cssSelector(mine)).isEmpty());
            WebElement dismissed = browser.driver.findElement(By.cssSelector(mine));
            assertTrue(dismissed.findElement(By.cssSelector(".po-risks-dismissal")).getText()
                    .matches("Dismissed by alice on \\d{4}-\\d\\d-\\d\\d: .*"));
            assertTrue(dismissed.findElement(By.cssSelector(".po-risks-dismissal")).getText().endsWith(PAYLOAD));
            assertTrue(browser.driver.findElements(By.cssSelector("#po-risks-rows img, #po-risks-rows b")).isEmpty());
            assertNull(((JavascriptExecutor) browser.driver).executeScript("return window.poXss;"));
            assertTrue(dismissed.findElements(By.cssSelector(".po-risks-actions button")).isEmpty());
        }
    }

    @Test
    public void bob_whoDoesNotOwnTheProgram_seesSuggestionsButCannotDismiss() throws Exception {
        JsonNode suggested = rest("bob");
        try (Browser browser = Browser.open(1280, 900)) {
            browser.get(WORKBENCH.base() + PAGE);
            browser.login("bob");
            awaitLoaded(browser);
            assertEquals(suggested.size(), browser.driver.findElements(By.cssSelector("#po-risks-rows tr")).size());
            assertFalse(suggested.size() == 0);
            assertTrue(browser.driver.findElements(By.cssSelector(".po-risks-actions button:not(.po-risks-create-button)"))
                    .isEmpty());
        }
    }
}
