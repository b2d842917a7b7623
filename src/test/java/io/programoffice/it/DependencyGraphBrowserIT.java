package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Alice in Debian's Chromium on the DEMO program's Dependencies tab: the analysis counts, the graph laid out upstream
 * to the left with the critical path, the cycle WEB-12 / APP-14 / WEB-13 and late dependencies marked; a state
 * filter narrows it, the team view aggregates it and a team node leads back to that team's issues. Screenshot:
 * {@code target/screenshots/program-dependencies.png}.
 */
public class DependencyGraphBrowserIT {
    @ClassRule
    public static final BrowserWorkbench WORKBENCH = new BrowserWorkbench();

    @SuppressWarnings("unchecked")
    private static <T> T js(Browser browser, String script, Object... args) {
        return (T) ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    private static List<String> ids(Browser browser, String selector) {
        return js(browser, "return document.getElementById('po-graph').poGraph.$(arguments[0]).map(e => e.id());",
                selector);
    }

    private static void awaitGraph(Browser browser) {
        browser.waitFor(By.cssSelector("#program-office-dependencies.po-graph-loaded"));
    }

    @Test
    public void alice_seesTheCriticalPath_theCycle_andLateDependencies_andFilters() throws Exception {
        try (Browser browser = Browser.open(1400, 1100)) {
            WORKBENCH.awaitIndexReady();
            browser.get(WORKBENCH.base() + "/plugins/servlet/program-office/program?key=DEMO&tab=dependencies");
            browser.login("alice");
            awaitGraph(browser);
            browser.waitFor(By.cssSelector("#po-graph-counts.po-counts-loaded"));

            assertTrue(Integer.parseInt(browser.driver.findElement(By.id("po-count-dependencies")).getText()) > 0);
            assertTrue(Integer.parseInt(browser.driver.findElement(By.id("po-count-cycles")).getText()) >= 1);
            assertEquals("false", js(browser, "return document.getElementById('program-office-dependencies')"
                    + ".dataset.aggregated;"));
            List<String> cycle = ids(browser, "node.po-cycle");
            assertTrue(cycle.toString(), cycle.containsAll(List.of("WEB-12", "APP-14", "WEB-13")));
            assertFalse(ids(browser, "node.po-critical").isEmpty());
            assertFalse(ids(browser, "edge.po-critical").isEmpty());
            assertFalse(ids(browser, "edge.po-late").isEmpty());
            // layered left to right: an upstream issue sits left of what waits on it (outside cycles)
            Boolean leftToRight = js(browser, "var cy = document.getElementById('po-graph').poGraph;"
                    + "return cy.edges().filter(e => !e.hasClass('po-cycle-edge'))"
                    + ".every(e => e.source().position('x') < e.target().position('x'));");
            assertTrue(leftToRight);
            // nothing of the projects she cannot browse
            List<String> nodes = ids(browser, "node");
            assertTrue(nodes.stream().allMatch(k -> k.startsWith("APP-") || k.startsWith("WEB-")
                    || k.startsWith("API-")));
            String drawMs = js(browser, "return document.getElementById('program-office-dependencies')"
                    + ".dataset.drawMs;");
            assertTrue(drawMs, Integer.parseInt(drawMs) >= 0);
            browser.screenshot("program-dependencies.png");

            // a state filter: only proposed dependencies
            new Select(browser.driver.findElement(By.id("po-graph-state"))).selectByValue("proposed");
            browser.wait.until(d -> "state=proposed".equals(js(browser,
                    "var s = document.getElementById('program-office-dependencies');"
                            + "return s.classList.contains('po-graph-loaded') ? s.dataset.query : null;")));
            int proposed = ids(browser, "edge").size();
            assertTrue(proposed > 0 && proposed < nodes.size());
            List<String> states = js(browser,
                    "return document.getElementById('po-graph').poGraph.edges().map(e => e.data('state'));");
            assertTrue(states.toString(), states.stream().allMatch("proposed"::equals));

            // by team, then a team node leads to that team's issues
            new Select(browser.driver.findElement(By.id("po-graph-state"))).selectByValue("");
            browser.driver.findElement(By.id("po-graph-teams")).click();
            browser.wait.until(d -> "aggregate=teams".equals(js(browser,
                    "var s = document.getElementById('program-office-dependencies');"
                            + "return s.classList.contains('po-graph-loaded') ? s.dataset.query : null;")));
            assertEquals(List.of("team:API", "team:APP", "team:WEB"), ids(browser, "node"));
            js(browser, "document.getElementById('po-graph').poGraph.$id('team:API').emit('tap');");
            browser.wait.until(d -> "team=API&aggregate=issues".equals(js(browser,
                    "var s = document.getElementById('program-office-dependencies');"
                            + "return s.classList.contains('po-graph-loaded') ? s.dataset.query : null;")));
            assertEquals("API", new Select(browser.driver.findElement(By.id("po-graph-team")))
                    .getFirstSelectedOption().getAttribute("value"));
            assertTrue(ids(browser, "node").stream().anyMatch(k -> k.startsWith("API-")));
        }
    }
}
