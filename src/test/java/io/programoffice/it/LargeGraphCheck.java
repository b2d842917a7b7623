package io.programoffice.it;

import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manual check of the Dependencies tab on a large program (not a test: it times nothing it asserts): opens
 * {@code <base>/plugins/servlet/program-office/program?key=<program>&tab=dependencies} in Debian's headless Chromium as
 * admin, waits (at most three minutes) until the graph is drawn, prints the number of issues drawn, the time from the
 * login to the drawn graph, the time from the graph's REST answer (its resource timing) to the graph drawn and
 * painted, the longest main-thread tasks from that answer on (a {@code longtask} PerformanceObserver and a 20 ms
 * heartbeat, both installed in every page before its scripts run), saves a screenshot of the view the page opened
 * on ({@code <name>-initial.png}), then fits the whole graph and saves a screenshot.
 * docs/PERFORMANCE.md says how the 2,000-issue program was made and what this printed.
 *
 * <pre>java -cp target/test-classes:target/classes:CLASSPATH io.programoffice.it.LargeGraphCheck http://localhost:2996/jira BIG big.png</pre>
 */
public final class LargeGraphCheck {
    /** Installed before the page's scripts: long tasks, heartbeat gaps, and when the graph was drawn and painted. */
    private static final String PROBE = """
            window.__po = {long: [], gaps: [], drawn: null, painted: null};
            try {
              new PerformanceObserver(function (list) {
                list.getEntries().forEach(function (e) { window.__po.long.push([e.startTime, e.duration]); });
              }).observe({type: 'longtask'});
            } catch (e) {}
            (function () {
              var last = performance.now();
              setInterval(function () {
                var now = performance.now();
                if (now - last > 60) { window.__po.gaps.push([last, now - last]); }
                last = now;
              }, 20);
            }());
            new MutationObserver(function () {
              var s = document.getElementById('program-office-dependencies');
              if (s && s.classList.contains('po-graph-loaded') && window.__po.drawn === null) {
                window.__po.drawn = performance.now();
                requestAnimationFrame(function () { requestAnimationFrame(function () {
                  window.__po.painted = performance.now(); }); });
              }
            }).observe(document, {attributes: true, subtree: true, attributeFilter: ['class']});
            """;
    private static final String REPORT = """
            var po = window.__po;
            var answer = performance.getEntriesByType('resource').filter(function (r) {
              return r.name.indexOf('/dependencies/graph') >= 0; })[0].responseEnd;
            function after(list) { return list.filter(function (t) { return t[0] + t[1] > answer; }); }
            function longest(list) { return Math.round(Math.max.apply(null, [0].concat(list.map(function (t) {
              return t[1]; })))); }
            return {answer: Math.round(answer), drawn: Math.round(po.drawn - answer),
              painted: Math.round(po.painted - answer), longTasks: after(po.long).length,
              longestTask: longest(after(po.long)), longestGap: longest(after(po.gaps)),
              tasks: after(po.long).map(function (t) { return Math.round(t[0] - answer) + '+' + Math.round(t[1]); })
                .join(' '),
              longestTaskBefore: longest(po.long.filter(function (t) { return t[0] + t[1] <= answer; }))};
            """;

    private LargeGraphCheck() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String program = args[1];
        try (Browser browser = Browser.open(1400, 1000)) {
            ((ChromeDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", PROBE));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            browser.get(base + "/plugins/servlet/program-office/program?key=" + program + "&tab=dependencies");
            long t0 = System.nanoTime();
            browser.login("admin");
            new WebDriverWait(browser.driver, Duration.ofMinutes(3)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#program-office-dependencies.po-graph-loaded")));
            long t1 = System.nanoTime();
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> js.executeScript(
                    "return window.__po.painted !== null;"));
            Object draw = js.executeScript(
                    "return document.getElementById('program-office-dependencies').dataset.drawMs;");
            Object nodes = js.executeScript("return document.getElementById('po-graph').poGraph.nodes().length;");
            System.out.printf("nodes %s, page to loaded %.1f s, drawing %s ms%n", nodes, (t1 - t0) / 1e9, draw);
            System.out.println("from the graph's REST answer (ms): " + js.executeScript(REPORT));
            Files.write(Path.of(args[2].replaceFirst("(\\.png)?$", "-initial.png")),
                    ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
            long t2 = System.nanoTime();
            js.executeScript(
                    "var cy = document.getElementById('po-graph').poGraph; cy.fit(); cy.zoom(cy.zoom() * 1.5);");
            System.out.printf("fit+zoom %.0f ms%n", (System.nanoTime() - t2) / 1e6);
            Files.write(Path.of(args[2]), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        }
    }
}
