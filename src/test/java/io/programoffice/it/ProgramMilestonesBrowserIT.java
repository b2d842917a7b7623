package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Alice, an owner of the DEMO program, in Debian's Chromium on its Milestones tab: the demo's three milestones with
 * their status in words (Beta late, Partner pilot on track, Public launch at risk), forecasts and reasons; the
 * timeline and burnup charts drawn; a milestone created through the form whose name is markup shows as text; a
 * baseline taken and compared with now; deleting asks first. Screenshot:
 * {@code target/screenshots/program-milestones.png}.
 */
public class ProgramMilestonesBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench().withIndexReady();
    private static final String XSS = "<img src=x onerror=alert(1)>";

    /** Whether the canvas has a chart and at least one painted pixel. */
    private static boolean drawn(Browser browser, String id) {
        Object painted = ((JavascriptExecutor) browser.driver).executeScript(
                "var c = document.getElementById(arguments[0]);"
                        + "if (!c || c.dataset.drawn !== 'true' || !c.width || !c.height) { return false; }"
                        + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { return true; } }"
                        + "return false;", id);
        return Boolean.TRUE.equals(painted);
    }

    private static String ragOf(Browser browser, String name) {
        for (WebElement row : browser.driver.findElements(By.cssSelector("#po-ms-rows tr.po-ms-row"))) {
            if (row.findElement(By.cssSelector(".po-ms-name-text")).getText().equals(name)) {
                return row.findElement(By.cssSelector(".po-ms-rag")).getText();
            }
        }
        throw new AssertionError("no row for " + name);
    }

    @Test
    public void alice_seesTheDemoMilestonesChartsAndBaselines_andCreatesAMilestoneWithMarkupInItsName()
            throws Exception {
        try (Browser browser = Browser.open(1366, 1700)) {
            browser.get(WORKBENCH.base() + "/plugins/servlet/program-office/program?key=DEMO&tab=milestones");
            browser.login("alice");
            browser.waitFor(By.cssSelector("#program-office-milestones.po-ms-loaded"));
            assertEquals("page", browser.driver.findElement(By.id("po-tab-milestones")).getAttribute("aria-current"));

            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#po-ms-rows tr.po-ms-row"));
            assertEquals(3, rows.size());
            assertEquals(Map.of("Beta", "LATE", "Partner pilot", "ON TRACK", "Public launch", "AT RISK"),
                    Map.of("Beta", ragOf(browser, "Beta").toUpperCase(),
                            "Partner pilot", ragOf(browser, "Partner pilot").toUpperCase(),
                            "Public launch", ragOf(browser, "Public launch").toUpperCase()));
            for (WebElement row : rows) {
                // every demo milestone has open work and a pace: a forecast, its inputs and at least one reason
                assertEquals(3, row.findElements(By.cssSelector(".po-ms-forecast-dates span")).size());
                assertTrue(row.findElement(By.cssSelector(".po-ms-inputs")).getText()
                        .matches("Forecast from \\d+ teams \\(.+\\), a \\d+-working-day window, [\\d,.]+ trials"));
                assertTrue(row.findElement(By.cssSelector(".po-ms-on-time")).getText().matches("\\d{1,3}%"));
                assertFalse(row.findElements(By.cssSelector(".po-ms-reason-list li")).isEmpty());
                assertTrue(row.findElement(By.cssSelector(".po-ms-progress-count")).getText()
                        .matches("\\d+/\\d+ issues done"));
            }
            assertTrue(rows.get(0).findElement(By.cssSelector(".po-ms-rag")).getAttribute("class")
                    .contains("aui-lozenge-error"));

            browser.wait.until(driver -> drawn(browser, "po-ms-timeline") && drawn(browser, "po-ms-burnup"));
            Select burnup = new Select(browser.driver.findElement(By.id("po-ms-burnup-select")));
            assertEquals(List.of("Beta", "Partner pilot", "Public launch"),
                    burnup.getOptions().stream().map(WebElement::getText).toList());
            burnup.selectByVisibleText("Public launch");
            browser.wait.until(driver -> drawn(browser, "po-ms-burnup"));

            // a baseline, compared with now: the three milestones on both sides, nothing added yet
            browser.waitFor(By.cssSelector("#program-office-milestones.po-ms-baselines-loaded"));
            assertEquals("No baseline has been taken yet.",
                    browser.driver.findElement(By.id("po-ms-baselines-status")).getText());
            browser.driver.findElement(By.id("po-ms-take")).click();
            browser.waitFor(By.cssSelector("#po-ms-comparison.po-ms-compared"));
            assertEquals(1, browser.driver.findElements(By.cssSelector("#po-ms-baseline-rows tr")).size());
            List<WebElement> compared = browser.driver.findElements(
                    By.cssSelector("#po-ms-comparison-rows tr.po-ms-comparison-row"));
            assertEquals(3, compared.size());
            for (WebElement row : compared) {
                assertEquals("both", row.getAttribute("data-status"));
            }
            assertEquals("now", browser.driver.findElement(By.id("po-ms-comparison")).getAttribute("data-to"));

            ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
            browser.screenshot("program-milestones.png");

            // a bad date first: the server's message at the field, nothing created
            browser.driver.findElement(By.id("po-ms-add")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("po-ms-name")));
            browser.driver.findElement(By.id("po-ms-name")).sendKeys(XSS);
            browser.driver.findElement(By.id("po-ms-target")).sendKeys("someday");
            new Select(browser.driver.findElement(By.id("po-ms-kind"))).selectByValue("ISSUES");
            browser.driver.findElement(By.id("po-ms-issues")).sendKeys("APP-20, WEB-20");
            browser.driver.findElement(By.id("po-ms-save")).click();
            WebElement dateError = browser.driver.findElement(By.cssSelector("[data-error-for='targetDate']"));
            browser.wait.until(driver -> !dateError.getText().isEmpty());
            assertEquals("'someday' is not a date. Use the form 2027-03-31.", dateError.getText());
            assertEquals(3, browser.driver.findElements(By.cssSelector("#po-ms-rows tr.po-ms-row")).size());

            WebElement target = browser.driver.findElement(By.id("po-ms-target"));
            target.clear();
            target.sendKeys("2027-06-30");
            browser.driver.findElement(By.id("po-ms-save")).click();
            browser.wait.until(driver -> driver.findElements(By.cssSelector("#po-ms-rows tr.po-ms-row")).size() == 4);
            browser.waitFor(By.cssSelector("#program-office-milestones.po-ms-loaded"));
            WebElement created = browser.driver.findElements(By.cssSelector("#po-ms-rows tr.po-ms-row")).get(3);
            assertEquals(XSS, created.findElement(By.cssSelector(".po-ms-name-text")).getText());
            assertTrue(browser.driver.findElements(By.cssSelector("#po-ms-rows img")).isEmpty());
            assertTrue(browser.driver.findElement(By.id("po-ms-form")).getAttribute("class").contains("hidden"));
            assertEquals("Milestone '" + XSS + "' saved.",
                    browser.driver.findElement(By.id("po-ms-notice")).getText());
            browser.wait.until(driver -> drawn(browser, "po-ms-timeline"));


            // deleting asks first; dismissed, nothing happens; accepted, the milestone is gone
            created.findElement(By.cssSelector(".po-ms-delete")).click();
            assertEquals("Delete the milestone '" + XSS + "'? Its baselines keep what they recorded.",
                    browser.wait.until(ExpectedConditions.alertIsPresent()).getText());
            browser.driver.switchTo().alert().dismiss();
            assertEquals(4, browser.driver.findElements(By.cssSelector("#po-ms-rows tr.po-ms-row")).size());
            created.findElement(By.cssSelector(".po-ms-delete")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            browser.wait.until(driver -> driver.findElements(By.cssSelector("#po-ms-rows tr.po-ms-row")).size() == 3);
        }
    }
}
