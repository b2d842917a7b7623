package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Alice in Debian's Chromium on the program's Team matrix tab: the counts are the REST API's, the escalated cell
 * stands out, a click lists that cell's dependencies (keys linking to the issue view, only issues she may see), and
 * the state filter narrows the counts. Screenshot: {@code target/screenshots/program-dependency-matrix.png}.
 */
public class ProgramMatrixBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench().withIndexReady();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/program-office/1.0/programs/DEMO/dependencies/matrix";

    private static JsonNode rest(String query) throws Exception {
        HttpResponse<String> r = WORKBENCH.get(REST + query, "alice");
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    /** The page's counts, row by row: each waiting team's cells then its total. */
    private static List<List<String>> shownCounts(Browser browser) {
        List<List<String>> out = new ArrayList<>();
        for (WebElement row : browser.driver.findElements(By.cssSelector("#po-matrix-rows tr.po-matrix-row"))) {
            List<String> counts = new ArrayList<>();
            counts.add(row.getAttribute("data-team"));
            row.findElements(By.cssSelector("td.po-matrix-count"))
                    .forEach(td -> counts.add(td.getAttribute("data-total")));
            out.add(counts);
        }
        return out;
    }

    private static List<List<String>> restCounts(JsonNode m) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode row : m.get("rows")) {
            List<String> counts = new ArrayList<>();
            counts.add(row.get("team").asText());
            row.get("cells").forEach(c -> counts.add(c.get("total").asText()));
            counts.add(row.get("total").get("total").asText());
            out.add(counts);
        }
        return out;
    }

    @Test
    public void alice_seesTheRestCounts_listsACellsDependencies_andFiltersByState() throws Exception {
        try (Browser browser = Browser.open(1280, 1250)) {
            browser.get(WORKBENCH.base() + "/plugins/servlet/program-office/program?key=DEMO&tab=matrix");
            browser.login("alice");
            browser.waitFor(By.cssSelector("#program-office-matrix.po-matrix-loaded"));

            JsonNode m = rest("");
            assertEquals(List.of("API", "APP", "WEB"), browser.driver.findElements(
                    By.cssSelector("#po-matrix-head th.po-matrix-column")).stream().map(WebElement::getText).toList());
            assertEquals(restCounts(m), shownCounts(browser));
            assertEquals(m.get("total").get("total").asText(), browser.driver.findElement(
                    By.cssSelector("#po-matrix-foot td.po-matrix-grand")).getAttribute("data-total"));

            // WEB waits on API: the demo's escalated dependency (WEB-15 on API-13) makes that cell the red one
            WebElement webOnApi = browser.driver.findElement(By.cssSelector(
                    "#po-matrix-rows tr[data-team='WEB'] button[data-upstream-team='API']"));
            assertEquals("escalated", webOnApi.getAttribute("data-worst"));
            int cellTotal = Integer.parseInt(webOnApi.getText());
            webOnApi.click();
            browser.waitFor(By.cssSelector("#po-matrix-list.po-matrix-list-loaded"));
            assertEquals("WEB waits on API", browser.driver.findElement(By.id("po-matrix-list-title")).getText());
            List<WebElement> listed = browser.driver.findElements(By.cssSelector("#po-matrix-list-rows tr"));
            assertEquals(Math.min(50, cellTotal), listed.size());
            assertEquals("Showing " + listed.size() + " of " + cellTotal,
                    browser.driver.findElement(By.id("po-matrix-list-count")).getText());
            for (WebElement row : listed) {
                List<WebElement> keys = row.findElements(By.cssSelector("a.po-matrix-key"));
                assertEquals(2, keys.size());
                assertTrue(keys.get(0).getText().startsWith("WEB-"));
                assertTrue(keys.get(1).getText().startsWith("API-"));
                assertEquals(WORKBENCH.base() + "/browse/" + keys.get(0).getText(), keys.get(0).getAttribute("href"));
            }
            assertTrue(browser.driver.findElements(By.cssSelector(
                    "#po-matrix-list-rows tr[data-state='escalated']")).size() == 1);
            ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
            browser.screenshot("program-dependency-matrix.png");

            // only declined and escalated: the counts follow the REST API's, the CSV link keeps the states
            browser.driver.findElement(By.cssSelector("label[for='po-matrix-state-declined']")).click();
            browser.driver.findElement(By.cssSelector("label[for='po-matrix-state-escalated']")).click();
            browser.driver.findElement(By.id("po-matrix-apply")).click();
            JsonNode blocked = rest("?state=declined,escalated");
            browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> "declined,escalated".equals(
                    driver.findElement(By.id("program-office-matrix")).getAttribute("data-states"))
                    && driver.findElements(By.cssSelector("#program-office-matrix.po-matrix-loaded")).size() == 1);
            assertEquals(restCounts(blocked), shownCounts(browser));
            assertEquals(WORKBENCH.base() + REST + "/export?state=declined%2Cescalated",
                    browser.driver.findElement(By.id("po-matrix-export")).getAttribute("href"));
            assertEquals(Set.of("2"), Set.of(browser.driver.findElement(By.cssSelector(
                    "#po-matrix-foot td.po-matrix-grand")).getAttribute("data-total")));
        }
    }
}
