package io.programoffice.it;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** What a user does to show a program in a dashboard item: open the dashboard, log in, pick the program, save. */
final class DashboardSteps {
    private DashboardSteps() {
    }

    /**
     * Opens the dashboard at {@code base} as {@code user}, chooses {@code program} in the item {@code item} (a CSS
     * selector) and saves, then waits until the item shows a row matching {@code row} and has stopped loading.
     */
    static void showProgram(Browser browser, String base, String user, String item, String program, String row) {
        browser.get(base + "/secure/Dashboard.jspa");
        browser.login(user);
        browser.waitFor(By.cssSelector(item + " select.po-dash-program option[value='" + program + "']"));
        new Select(browser.driver.findElement(By.cssSelector(item + " select.po-dash-program")))
                .selectByValue(program);
        browser.driver.findElement(By.cssSelector(item + " .po-dash-save")).click();
        browser.waitFor(By.cssSelector(item + " " + row));
        browser.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(item + " .workbench-gadget-loading"),
                "hidden", "true"));
    }
}
