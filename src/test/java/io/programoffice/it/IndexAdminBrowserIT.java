package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator in Chromium opens Administration → Program Office → Program index, sees this node's index of the
 * demo, rebuilds it with the button and sees it ready again, with the build time updated.
 */
public class IndexAdminBrowserIT {
    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void admin_seesTheNodesIndex_andRebuildsIt() throws Exception {
        Browser.assumeInstalled();
        Path data = temp.newFolder("data").toPath();
        int port = WorkbenchProcess.freePort();
        String base = "http://localhost:" + port + "/jira";
        try (WorkbenchProcess workbench = WorkbenchProcess.startReady(data, port);
             Browser browser = Browser.open(1400, 900)) {
            browser.get(base + "/plugins/servlet/program-office/admin/index");
            browser.login("admin");
            browser.waitFor(By.id("websudo-form"));
            browser.driver.findElement(By.id("websudo-password")).sendKeys("admin");
            browser.driver.findElement(By.id("websudo-submit")).click();
            browser.waitFor(By.id("po-index-status"));
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
            if (!"READY".equals(browser.driver.findElement(By.id("po-index-state")).getText())) {
                browser.get(base + "/plugins/servlet/program-office/admin/index");
                wait.until(ExpectedConditions.textToBe(By.id("po-index-state"), "READY"));
            }
            assertEquals("3,624", browser.driver.findElement(By.id("po-index-issues")).getText());
            // the demo's 1,050 links plus the 10 its dependencies add (DemoDependencies.LINKS)
            assertEquals("1,060", browser.driver.findElement(By.id("po-index-links")).getText());
            String built = browser.driver.findElement(By.id("po-index-build")).getText();

            browser.driver.findElement(By.id("po-index-rebuild")).click();
            wait.until(d -> !built.equals(d.findElement(By.id("po-index-build")).getText()));
            wait.until(ExpectedConditions.textToBe(By.id("po-index-state"), "READY"));

            assertTrue(browser.driver.findElement(By.id("po-index-progress-box")).getAttribute("class")
                    .contains("hidden"));
            assertTrue(browser.driver.findElement(By.cssSelector(".aui-page-panel, body")).getText()
                    .contains("Program index"));
            browser.screenshot("program-index-admin.png");
        }
    }
}
