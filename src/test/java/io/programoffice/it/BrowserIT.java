package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A user in Debian's Chromium: logs in, opens Programs from the top navigation, opens the demo program, and the
 * page shows only what that user may see. Screenshots go to {@code target/screenshots/}.
 */
public class BrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench();

    @Test
    public void alice_logsIn_opensTheDemoProgram_andSeesOnlyHerProjects() throws Exception {
        try (Browser browser = Browser.open(1280, 1000)) {
            browser.get(WORKBENCH.base() + "/plugins/servlet/program-office/program?key=DEMO");
            browser.waitFor(By.id("login-form"));
            browser.screenshot("login.png");
            browser.login("alice");

            browser.waitFor(By.id("program-office-program-name"));
            assertEquals("Checkout Replatform 2027", browser.driver.findElement(By.id("program-office-program-name")).getText());
            List<String> projects = browser.driver.findElements(By.cssSelector("#program-office-by-project tbody tr"))
                    .stream().map(row -> row.getAttribute("data-project")).toList();
            assertEquals(List.of("APP", "WEB", "API"), projects);
            // 1,812 issues in her projects (600 work issues and 4 risks each), less the 15 Embargoed ones she may not see
            assertEquals("1797", browser.driver.findElement(By.id("program-office-issue-total")).getText());
            assertEquals("Alice Nguyen", browser.driver.findElement(By.id("header-details-user-fullname")).getText());
            browser.screenshot("program-page.png");

            WebElement programsLink = browser.driver.findElement(By.id("program-office-topnav-link"));
            assertEquals("Programs", programsLink.getText());
            programsLink.click();
            browser.waitFor(By.id("program-office-program-list"));
            browser.screenshot("programs.png");
            assertTrue(browser.driver.findElement(By.cssSelector("tr[data-program-key='DEMO']")).isDisplayed());
        }
    }

    @Test
    public void wrongPassword_staysOnTheLoginFormWithAnError() {
        try (Browser browser = Browser.open(1024, 700)) {
            browser.get(WORKBENCH.base() + "/login.jsp");
            browser.driver.findElement(By.id("login-form-username")).sendKeys("bob");
            browser.driver.findElement(By.id("login-form-password")).sendKeys("nope");
            browser.driver.findElement(By.id("login-form-submit")).click();
            browser.waitFor(By.id("login-error"));
            assertFalse(browser.driver.getPageSource().contains("program-office-program-name"));
        }
    }
}
