package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The proposal form of the issue view's Dependencies panel in Debian's Chromium: Alice (who edits APP) proposes that
 * APP-10 (which already waits on API-10) also waits on API-20; an unknown key is refused at its field; the proposal
 * then shows in her panel as proposed. Bob (who edits API but can't browse APP) commits it from API-20's panel, where
 * APP-10 is "An issue you cannot see". Screenshot: {@code target/screenshots/issue-dependency-panel.png}.
 */
public class DependencyProposalBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench().withIndexReady();

    /** The panel's row for {@code key}, or null (also while the panel is replacing its rows: the caller waits). */
    private static WebElement rowWithKey(Browser browser, String key) {
        try {
            for (WebElement row : browser.driver.findElements(By.cssSelector("#po-dependency-panel li.po-dependency"))) {
                if (!row.findElements(By.xpath(".//a[@class='po-dependency-key' and text()='" + key + "']")).isEmpty()) {
                    return row;
                }
            }
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return null; // the panel re-rendered between finding a row and reading it
        }
        return null;
    }

    @Test
    public void alice_proposesFromTheIssueView_andBobCommitsFromTheUpstreamIssue() throws Exception {
        String linkId;
        try (Browser alice = Browser.open(1000, 1200)) {
            alice.get(WORKBENCH.base() + "/browse/APP-10");
            alice.login("alice");
            alice.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("po-propose-open")));
            alice.wait.until(driver -> rowWithKey(alice, "API-10") != null);
            assertTrue(alice.driver.findElement(By.id("po-propose-form")).getAttribute("class").contains("hidden"));
            alice.driver.findElement(By.id("po-propose-open")).click();
            alice.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("po-propose-form")));
            Select type = new Select(alice.driver.findElement(By.id("po-propose-type")));
            assertEquals(List.of("Blocks (FS)", "Depends (FS)"),
                    type.getOptions().stream().map(WebElement::getText).toList());

            // a key that names no issue she can see: the error is at the field, nothing is proposed
            alice.driver.findElement(By.id("po-propose-to")).sendKeys("NOPE-999");
            type.selectByValue("Blocks");
            alice.driver.findElement(By.id("po-propose-neededBy")).sendKeys("2027-05-31");
            alice.driver.findElement(By.id("po-propose-note")).sendKeys("Checkout needs the <b>order</b> API.");
            alice.driver.findElement(By.id("po-propose-submit")).click();
            alice.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#po-propose-form [data-error-for='to']"), "There is no issue NOPE-999"));
            assertEquals("", alice.driver.findElement(By.cssSelector("[data-error-for='neededBy']")).getText());
            alice.screenshot("issue-dependency-panel.png");

            WebElement to = alice.driver.findElement(By.id("po-propose-to"));
            to.clear();
            to.sendKeys("API-20");
            alice.driver.findElement(By.id("po-propose-submit")).click();
            alice.wait.until(driver -> rowWithKey(alice, "API-20") != null);
            WebElement row = rowWithKey(alice, "API-20");
            assertEquals("proposed", row.getAttribute("data-state"));
            assertTrue(row.getText(), row.getText().contains("needed by 2027-05-31"));
            assertTrue(alice.driver.findElement(By.id("po-propose-form")).getAttribute("class").contains("hidden"));
            assertTrue(alice.driver.findElement(By.id("po-propose-open")).isDisplayed());
            assertTrue(row.findElements(By.cssSelector("button[data-action='commit']")).isEmpty());
            linkId = row.getAttribute("data-link-id");
        }

        try (Browser bob = Browser.open(1000, 1000)) {
            bob.get(WORKBENCH.base() + "/browse/API-20");
            bob.login("bob");
            By row = By.cssSelector("#po-dependency-panel li.po-dependency[data-link-id='" + linkId + "']");
            bob.waitFor(row);
            WebElement proposal = bob.driver.findElement(row);
            assertEquals("proposed", proposal.getAttribute("data-state"));
            assertEquals("An issue you cannot see",
                    proposal.findElement(By.cssSelector(".po-dependency-hidden")).getText());
            assertFalse(bob.driver.getPageSource().contains("APP-10"));
            proposal.findElement(By.cssSelector("button[data-action='commit']")).click();
            bob.waitFor(By.cssSelector("#po-dependency-panel li.po-dependency[data-link-id='" + linkId
                    + "'][data-state='committed']"));
            // he may edit API-20, so he may propose from it too; Alice could not from his issue
            assertTrue(bob.driver.findElement(By.id("po-propose-open")).isDisplayed());
        }
    }
}
