package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Alice in Debian's Chromium on the program's Views tab: she sees only her projects' numbers (APP, WEB and API
 * without its 15 Embargoed issues), groups by team then status category, filters, saves the view and exports what
 * is shown as CSV. Screenshot: {@code target/screenshots/program-views.png}.
 */
public class ProgramViewsBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench();

    private static List<String> groupValues(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#po-view-rows tr.po-view-group")).stream()
                .map(row -> row.getAttribute("data-value")).toList();
    }

    private static String totalIssues(Browser browser) {
        return browser.driver.findElement(By.cssSelector("#po-view-total .po-view-issues")).getText();
    }

    @Test
    public void alice_groupsByTeamThenStatusCategory_savesTheView_andExportsWhatIsShown() throws Exception {
        try (Browser browser = Browser.open(1280, 1100)) {
            WORKBENCH.awaitIndexReady();
            browser.get(WORKBENCH.base() + "/plugins/servlet/program-office/program?key=DEMO&tab=views");
            browser.login("alice");
            browser.waitFor(By.cssSelector("#program-office-views.po-view-loaded"));

            // her projects only, numbers without the Embargoed API issues; team then status category by default
            assertEquals("1797", totalIssues(browser));
            assertEquals(List.of("API", "APP", "WEB"), groupValues(browser));
            browser.wait.until(driver -> new Select(driver.findElement(By.id("po-filter-project"))).getOptions().size() == 3);
            assertEquals(List.of("APP", "WEB", "API"), new Select(browser.driver.findElement(By.id("po-filter-project")))
                    .getOptions().stream().map(WebElement::getText).toList());
            WebElement api = browser.driver.findElement(By.cssSelector("#po-view-rows tr.po-view-group[data-value='API']"));
            assertEquals("589", api.findElement(By.cssSelector(".po-view-issues")).getText());
            assertEquals("team", api.getAttribute("data-field"));

            // expand API: its status categories, in workflow order, adding up to the team
            api.findElement(By.cssSelector("button.po-view-toggle")).click();
            List<WebElement> inner = browser.driver.findElements(
                    By.cssSelector("#po-view-rows tr.po-view-subgroup[data-parent='API']"));
            assertEquals(List.of("To Do", "In Progress", "Done"), inner.stream()
                    .map(r -> r.findElement(By.cssSelector("td")).getText()).toList());
            assertTrue(inner.get(0).isDisplayed());
            assertEquals(589, inner.stream()
                    .mapToInt(r -> Integer.parseInt(r.findElement(By.cssSelector(".po-view-issues")).getText())).sum());
            browser.screenshot("program-views.png");

            // a filter: done issues only
            browser.driver.findElement(By.cssSelector("label[for='po-filter-category-done']")).click();
            browser.driver.findElement(By.id("po-view-apply")).click();
            browser.wait.ignoring(StaleElementReferenceException.class)
                    .until(driver -> "639".equals(totalIssues(browser)));
            String query = (String) ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.getElementById('program-office-views').dataset.query;");
            assertEquals("groupBy=team,statusCategory&statusCategory=done", query);

            // save the view; it is listed and selectable
            browser.driver.findElement(By.id("po-save-name")).sendKeys("Alice done by team");
            browser.driver.findElement(By.id("po-save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("po-saved"),
                    "Alice done by team (by alice)"));
            assertTrue(browser.driver.findElement(By.id("po-saved-delete")).isEnabled());

            // the export link is the query on screen; its CSV holds the rows shown and the total
            String href = browser.driver.findElement(By.id("po-export-view")).getAttribute("href");
            assertEquals(WORKBENCH.base() + "/rest/program-office/1.0/programs/DEMO/view/export?" + query, href);
            String csv = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);", href);
            List<String> lines = csv.lines().toList(); // fetch's text() drops the byte order mark
            assertEquals("Team,Status category,Issues,Done,Estimate,Estimate done,% done,% done by estimate",
                    lines.get(0));
            assertTrue(lines.get(1), lines.get(1).startsWith("API,,216,216,"));
            assertTrue(lines.get(2), lines.get(2).startsWith("API,Done,216,216,"));
            assertTrue(lines.get(lines.size() - 1), lines.get(lines.size() - 1).startsWith("Total,,639,639,"));
            assertEquals(1 + 3 * 2 + 1, lines.size());
        }
    }
}
