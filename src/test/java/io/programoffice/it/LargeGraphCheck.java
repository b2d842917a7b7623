package io.programoffice.it;

import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manual check of the Dependencies tab on a large program (not a test: it times nothing it asserts): opens
 * {@code <base>/plugins/servlet/program-office/program?key=<program>&tab=dependencies} in Debian's headless Chromium as
 * admin, waits (at most three minutes) until the graph is drawn, prints the number of issues drawn, the time from the
 * login to the drawn graph and the layout time the page measured, then fits the whole graph and saves a screenshot.
 * docs/PERFORMANCE.md says how the 2,000-issue program was made and what this printed.
 *
 * <pre>java -cp target/test-classes:target/classes:CLASSPATH io.programoffice.it.LargeGraphCheck http://localhost:2996/jira BIG big.png</pre>
 */
public final class LargeGraphCheck {
    private LargeGraphCheck() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String program = args[1];
        try (Browser browser = Browser.open(1400, 1000)) {
            browser.get(base + "/plugins/servlet/program-office/program?key=" + program + "&tab=dependencies");
            long t0 = System.nanoTime();
            browser.login("admin");
            new WebDriverWait(browser.driver, Duration.ofMinutes(3)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#program-office-dependencies.po-graph-loaded")));
            long t1 = System.nanoTime();
            Object layout = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return document.getElementById('program-office-dependencies').dataset.layoutMs;");
            Object nodes = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return document.getElementById('po-graph').poGraph.nodes().length;");
            System.out.printf("nodes %s, page to loaded %.1f s, layout %s ms%n", nodes, (t1 - t0) / 1e9, layout);
            long t2 = System.nanoTime();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "var cy = document.getElementById('po-graph').poGraph; cy.fit(); cy.zoom(cy.zoom() * 1.5);");
            System.out.printf("fit+zoom %.0f ms%n", (System.nanoTime() - t2) / 1e6);
            Files.write(Path.of(args[2]), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        }
    }
}
