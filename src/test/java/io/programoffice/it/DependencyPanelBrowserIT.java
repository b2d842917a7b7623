package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Bob in Debian's Chromium on the issue view of API-10: the Dependencies panel lists the demo's proposal from
 * APP-10 (a project Bob can't browse) as "An issue you cannot see", without its key, and Bob commits it; the panel
 * reloads with the new state. Screenshot: {@code target/screenshots/dependency-panel.png}.
 */
public class DependencyPanelBrowserIT {
    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    private static WebElement proposedRow(Browser browser) {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#po-dependency-panel li.po-dependency"));
        for (WebElement row : rows) {
            if (!row.findElements(By.cssSelector(".po-dependency-hidden")).isEmpty()
                    && "proposed".equals(row.getAttribute("data-state"))) {
                return row;
            }
        }
        return null;
    }

    @Test
    public void bob_seesAHiddenDownstream_andCommitsTheProposal() throws Exception {
        Browser.assumeInstalled();
        Path data = temp.newFolder("data").toPath();
        int port = WorkbenchProcess.freePort();
        String base = "http://localhost:" + port + "/jira";
        try (WorkbenchProcess workbench = WorkbenchProcess.startReady(data, port);
             Browser browser = Browser.open(1280, 900)) {
            browser.get(base + "/browse/API-10");
            browser.login("bob");
            browser.wait.until(driver -> proposedRow(browser) != null);
            WebElement row = proposedRow(browser);
            assertEquals("An issue you cannot see",
                    row.findElement(By.cssSelector(".po-dependency-hidden")).getAttribute("textContent"));
            String panel = browser.driver.findElement(By.id("po-dependency-panel")).getText();
            assertFalse(panel, panel.contains("APP-10"));
            assertFalse(browser.driver.getPageSource().contains("APP-10"));
            String linkId = row.getAttribute("data-link-id");
            browser.screenshot("dependency-panel.png");

            row.findElement(By.cssSelector("button[data-action='commit']")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "#po-dependency-panel li.po-dependency[data-link-id='" + linkId + "'][data-state='committed']")));
            WebElement after = browser.driver.findElement(By.cssSelector(
                    "#po-dependency-panel li.po-dependency[data-link-id='" + linkId + "']"));
            assertTrue(after.findElements(By.cssSelector("button[data-action='commit']")).isEmpty());
            assertTrue(after.findElements(By.cssSelector("button[data-action='done']")).size() == 1);
        }
    }
}
