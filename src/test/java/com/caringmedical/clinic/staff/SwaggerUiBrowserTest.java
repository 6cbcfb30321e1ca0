package com.caringmedical.clinic.staff;

import static com.caringmedical.clinic.testing.QuestionForms.submitAsking;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a member of staff does on a Monday morning, in a real browser: open Swagger UI, press Authorize, sign
 * in, run GET /questions, and find the question a patient has just sent. Headless Chromium from the system
 * (Debian packages chromium and chromium-driver; .ci/run installs them), with a fresh profile and no network
 * beyond this service. Tagged "browser": a plain {@code ./mvnw verify} leaves it out, {@code ./mvnw verify
 * -Psystem-tests} runs it (and fails if Chromium is missing).
 */
@QuarkusTest
@Tag("browser")
class SwaggerUiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "This test needs Chromium and its driver: apt-get install chromium chromium-driver");
        profile = Files.createTempDirectory("swagger-ui-test-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-dev-shm-usage", "--window-size=1400,1000",
                        "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void staffSignInThroughSwaggerUiAndFindAQuestionJustSubmitted() {
        String word = "Swaggerbrowser" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = submitAsking("Does " + word + " treatment help with neck pain after whiplash?");

        browser.get(swaggerUi.toString());
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        clickable(wait, By.cssSelector("button.authorize")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        dialog.findElement(By.cssSelector("input[name='username']")).sendKeys("staff");
        dialog.findElement(By.cssSelector("input[type='password']")).sendKeys("staff-dev-password");
        dialog.findElement(By.cssSelector("button.modal-btn.auth.authorize")).click();
        clickable(wait, By.cssSelector(".modal-ux button.btn-done")).click();

        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-Question_review-listQuestions")));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        clickable(wait, By.cssSelector("#operations-Question_review-listQuestions button.try-out__btn")).click();
        clickable(wait, By.cssSelector("#operations-Question_review-listQuestions button.execute")).click();

        By responseBody = By.cssSelector("#operations-Question_review-listQuestions .live-responses-table "
                + ".response-col_description pre");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(responseBody, id.toString()));
        String shown = browser.findElement(responseBody).getText();
        assertTrue(shown.contains(word), shown);
        assertTrue(shown.contains("maria.lopez@example.com"), shown);
        String status = browser.findElement(By.cssSelector(
                "#operations-Question_review-listQuestions .live-responses-table tbody .response-col_status")).getText();
        assertTrue(status.strip().startsWith("200"), status);
    }

    private static WebElement clickable(WebDriverWait wait, By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }
}
