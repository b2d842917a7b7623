package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user in Debian's Chromium: logs in, opens Programs from the top navigation, opens the demo program, and the
 * page shows only what that user may see. Screenshots go to {@code target/screenshots/}.
 */
public class BrowserIT {
    private static final TemporaryFolder TEMP = new TemporaryFolder();
    private static WorkbenchProcess workbench;
    private static String base;
    private WebDriver driver;

    @BeforeClass
    public static void startWorkbench() throws Exception {
        Assume.assumeTrue("chromium and chromedriver are installed",
                new File(System.getProperty("chrome.binary", "/usr/bin/chromium")).canExecute()
                        && new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).canExecute());
        TEMP.create();
        int port = WorkbenchProcess.freePort();
        workbench = WorkbenchProcess.startReady(TEMP.newFolder("data").toPath(), port);
        base = "http://localhost:" + port + "/jira";
    }

    @AfterClass
    public static void stopWorkbench() throws Exception {
        if (workbench != null) {
            workbench.terminate(30);
        }
        TEMP.delete();
    }

    private WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void login(String user) {
        driver.findElement(By.id("login-form-username")).sendKeys(user);
        driver.findElement(By.id("login-form-password")).sendKeys(user);
        driver.findElement(By.id("login-form-submit")).click();
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    public void alice_logsIn_opensTheDemoProgram_andSeesOnlyHerProjects() throws Exception {
        driver = browser();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "/plugins/servlet/program-office/program?key=DEMO");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
            screenshot("login.png");
            login("alice");

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("program-office-program-name")));
            assertEquals("Checkout Replatform 2027", driver.findElement(By.id("program-office-program-name")).getText());
            List<String> projects = driver.findElements(By.cssSelector("#program-office-by-project tbody tr"))
                    .stream().map(row -> row.getAttribute("data-project")).toList();
            assertEquals(List.of("APP", "WEB", "API"), projects);
            assertEquals("1800", driver.findElement(By.id("program-office-issue-total")).getText());
            assertEquals("Alice Nguyen", driver.findElement(By.id("header-details-user-fullname")).getText());
            screenshot("program-page.png");

            WebElement programsLink = driver.findElement(By.id("program-office-topnav-link"));
            assertEquals("Programs", programsLink.getText());
            programsLink.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("program-office-program-list")));
            screenshot("programs.png");
            assertTrue(driver.findElement(By.cssSelector("tr[data-program-key='DEMO']")).isDisplayed());
        } finally {
            driver.quit();
        }
    }

    @Test
    public void wrongPassword_staysOnTheLoginFormWithAnError() throws Exception {
        driver = browser();
        try {
            driver.get(base + "/login.jsp");
            driver.findElement(By.id("login-form-username")).sendKeys("bob");
            driver.findElement(By.id("login-form-password")).sendKeys("nope");
            driver.findElement(By.id("login-form-submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
            assertFalse(driver.getPageSource().contains("program-office-program-name"));
        } finally {
            driver.quit();
        }
    }
}
