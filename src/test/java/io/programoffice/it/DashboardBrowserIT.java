package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Program overview" dashboard item in Debian's Chromium on the workbench's dashboard: bob opens Dashboards,
 * picks the demo program in the item's edit view, and the item shows bars whose numbers are those of the issues bob
 * may see (what the REST API answers bob, and bob's 1,812 browsable demo issues, risks included); the choice
 * survives a reload.
 * Screenshot {@code dashboard-program-overview.png} goes to {@code target/screenshots/}.
 */
public class DashboardBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench().withIndexReady();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM = "#gadget-program-office-program-overview";

    @Test
    public void bob_configuresTheProgramOverview_andSeesBarsOfTheIssuesHeMaySee() throws Exception {
        JsonNode summary = JSON.readTree(WORKBENCH.get("/rest/program-office/1.0/programs/DEMO/summary", "bob").body());
        assertEquals(1812, summary.get("issues").asInt());
        HttpResponse<String> view = WORKBENCH.get("/rest/program-office/1.0/programs/DEMO/view?groupBy=team", "bob");

        try (Browser browser = Browser.open(1280, 1000)) {
            browser.get(WORKBENCH.base() + "/secure/Dashboard.jspa");
            browser.login("bob");
            browser.waitFor(By.cssSelector(ITEM + " select.po-dash-program option[value='DEMO']"));
            WebElement dashboards = browser.driver.findElement(By.id("home_link"));
            assertEquals("Dashboards", dashboards.getText());

            new Select(browser.driver.findElement(By.cssSelector(ITEM + " select.po-dash-program")))
                    .selectByValue("DEMO");
            browser.driver.findElement(By.cssSelector(ITEM + " .po-dash-save")).click();
            browser.waitFor(By.cssSelector(ITEM + " .po-dash-total"));
            browser.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(ITEM + " .workbench-gadget-loading"),
                    "hidden", "true"));
            assertBarsMatch(browser, summary, view);
            assertEquals("Program overview: DEMO",
                    browser.driver.findElement(By.cssSelector(ITEM + " .workbench-gadget-title")).getText());
            assertEquals("Checkout Replatform 2027",
                    browser.driver.findElement(By.cssSelector(ITEM + " .po-dash-name")).getText());
            browser.screenshot("dashboard-program-overview.png");

            browser.get(WORKBENCH.base() + "/secure/Dashboard.jspa");
            browser.waitFor(By.cssSelector(ITEM + " .po-dash-total"));
            assertBarsMatch(browser, summary, view);

            browser.driver.findElement(By.cssSelector(ITEM + " .workbench-gadget-edit")).click();
            browser.waitFor(By.cssSelector(ITEM + " select.po-dash-program option[value='DEMO']"));
            assertEquals("DEMO", new Select(browser.driver.findElement(By.cssSelector(ITEM + " select.po-dash-program")))
                    .getFirstSelectedOption().getAttribute("value"));
            browser.driver.findElement(By.cssSelector(ITEM + " .po-dash-cancel")).click();
            browser.waitFor(By.cssSelector(ITEM + " .po-dash-total"));
        }
    }

    @Test
    public void anonymousVisitor_isSentToTheLoginPage_andCannotSavePreferences() throws Exception {
        try (Browser browser = Browser.open(1024, 700)) {
            browser.get(WORKBENCH.base() + "/secure/Dashboard.jspa");
            browser.waitFor(By.id("login-form"));
            assertFalse(browser.driver.getPageSource().contains("workbench-gadget"));
        }
        HttpResponse<String> save = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WORKBENCH.base()
                        + "/rest/dashboards/1.0/10000/gadget/program-office-program-overview/prefs"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"programKey\":\"DEMO\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, save.statusCode());
    }

    @Test
    public void aProgramNameWithMarkup_isShownAsText() throws Exception {
        String name = "<img src=x onerror=\"document.body.setAttribute('data-xss','1')\"> & Co";
        JsonNode schemes = JSON.readTree(WORKBENCH.get("/rest/program-office/1.0/reference/schemes", "admin").body());
        long schemeId = (schemes.isArray() ? schemes : schemes.get("values")).get(0).get("id").asLong();
        HttpResponse<String> created = send("POST", "/rest/program-office/1.0/programs", "admin",
                JSON.writeValueAsString(java.util.Map.of("key", "MARKUP", "name", name, "schemeId", schemeId,
                        "scope", java.util.Map.of("projects", List.of("APP")))));
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> saved = send("PUT", "/rest/dashboards/1.0/10000/gadget/program-office-program-overview"
                + "/prefs", "alice", "{\"programKey\":\"MARKUP\"}");
        assertEquals(saved.body(), 204, saved.statusCode());

        try (Browser browser = Browser.open(1024, 800)) {
            browser.get(WORKBENCH.base() + "/secure/Dashboard.jspa");
            browser.login("alice");
            browser.waitFor(By.cssSelector(ITEM + " .po-dash-name"));
            assertEquals(name, browser.driver.findElement(By.cssSelector(ITEM + " .po-dash-name")).getText());
            assertTrue(browser.driver.findElements(By.cssSelector(ITEM + " img")).isEmpty());
            assertEquals(null, browser.driver.findElement(By.tagName("body")).getAttribute("data-xss"));
            assertEquals("Program overview: MARKUP",
                    browser.driver.findElement(By.cssSelector(ITEM + " .workbench-gadget-title")).getText());
        }
    }

    /** The item's total, bar segments, legend and team rows against what the REST API answers bob. */
    private static void assertBarsMatch(Browser browser, JsonNode summary, HttpResponse<String> view)
            throws Exception {
        assertEquals(summary.get("issues").asText(), browser.driver.findElement(By.cssSelector(ITEM + " .po-dash-total"))
                .getAttribute("data-issues"));
        int sum = 0;
        for (String category : List.of("new", "indeterminate", "done")) {
            String expected = summary.get("byStatusCategory").get(category).asText();
            WebElement segment = browser.driver.findElement(By.cssSelector(
                    ITEM + " .po-dash-segment[data-category='" + category + "']"));
            assertEquals(category, expected, segment.getAttribute("data-count"));
            assertEquals(category, expected, browser.driver.findElement(By.cssSelector(
                    ITEM + " .po-dash-legend-item[data-category='" + category + "'] .po-dash-count")).getText());
            assertTrue(category + " has issues for bob", Integer.parseInt(expected) > 0);
            sum += Integer.parseInt(expected);
        }
        assertEquals(summary.get("issues").asInt(), sum);

        List<WebElement> rows = browser.driver.findElements(By.cssSelector(ITEM + " tr.po-dash-team"));
        assertEquals(view.body(), 200, view.statusCode());
        JsonNode groups = JSON.readTree(view.body()).get("groups");
        assertEquals(3, groups.size()); // bob's teams: API, DATA, OPS
        assertEquals(groups.size(), rows.size());
        int teamIssues = 0;
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(groups.get(i).get("rollup").get("issues").asText(), rows.get(i).getAttribute("data-issues"));
            assertEquals(groups.get(i).get("rollup").get("done").asText(), rows.get(i).getAttribute("data-done"));
            teamIssues += Integer.parseInt(rows.get(i).getAttribute("data-issues"));
        }
        assertEquals(summary.get("issues").asInt(), teamIssues);
    }

    private static HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WORKBENCH.base() + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
