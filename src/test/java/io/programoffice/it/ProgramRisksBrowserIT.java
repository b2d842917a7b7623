package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The program's Risks tab in Debian's Chromium: Alice (an owner of DEMO) sees the suggestions the REST API gives,
 * with evidence linking to the issues, and dismisses one: an empty reason is refused at the field, a reason full of
 * markup is kept and shown as text. Bob, who does not own DEMO, gets no Dismiss button. Screenshot:
 * {@code target/screenshots/program-risks.png}.
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
            assertEquals("MILESTONE AT RISK", browser.driver.findElement(By.cssSelector("#po-risks-rows tr .aui-lozenge"))
                    .getText().toUpperCase(java.util.Locale.ROOT));
            assertTrue(browser.driver.findElement(By.cssSelector(".program-office-subtitle")).getText()
                    .startsWith("Risks this program's own data"));
            WebElement firstKey = browser.driver.findElement(By.cssSelector("#po-risks-rows a.po-risks-key"));
            assertEquals(WORKBENCH.base() + "/browse/" + firstKey.getText(), firstKey.getAttribute("href"));
            assertEquals("Risks", browser.driver.findElement(By.cssSelector(".program-office-tabs .aui-nav-selected"))
                    .getText());
            browser.screenshot("program-risks.png");

            String id = suggested.get(suggested.size() - 1).get("id").asText();
            WebElement row = browser.driver.findElement(By.cssSelector("#po-risks-rows tr[data-suggestion='" + id
                    + "']"));
            row.findElement(By.cssSelector(".po-risks-actions button")).click();
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
            browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> !driver.findElements(
                    By.cssSelector("#po-risks-rows tr.po-risks-dismissed")).isEmpty());
            WebElement dismissed = browser.driver.findElement(By.cssSelector("#po-risks-rows tr.po-risks-dismissed"));
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
            assertTrue(browser.driver.findElements(By.cssSelector(".po-risks-actions button")).isEmpty());
        }
    }
}
