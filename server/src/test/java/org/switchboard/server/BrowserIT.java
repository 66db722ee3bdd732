package org.switchboard.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.server.support.ExternalProgram;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (headless Chromium through chromedriver): the administrator creates a
 * department and a user, the user logs in, must change the password and sees only what
 * the role allows. Chromium and chromedriver come from {@code CHROMIUM_BIN} /
 * {@code CHROMEDRIVER_BIN} or the PATH; mandatory when {@code CI=true}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserIT {

	private static Path chromium;

	private static Path chromedriver;

	@LocalServerPort
	int port;

	private Path profile;

	private WebDriver browser;

	@BeforeAll
	static void requireChromium() {
		chromium = ExternalProgram.executable("CHROMIUM_BIN", "chromium").orElse(null);
		chromedriver = ExternalProgram.executable("CHROMEDRIVER_BIN", "chromedriver").orElse(null);
		ExternalProgram.require(chromium != null && chromedriver != null,
				"chromium or chromedriver not found (PATH, CHROMIUM_BIN, CHROMEDRIVER_BIN), so no browser test");
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.profile = Files.createTempDirectory("switchboard-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + this.profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void type(String id, String text) {
		this.browser.findElement(By.id(id)).clear();
		this.browser.findElement(By.id(id)).sendKeys(text);
	}

	private void logIn(String jobNumber, String password) {
		open("/login");
		type("username", jobNumber);
		type("password", password);
		this.browser.findElement(By.id("login")).click();
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void waitUntil(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(condition);
	}

	@Test
	void adminCreatesUserWhoMustChangePasswordAndSeesOnlyTheAgentDesk() {
		open("/login?lang=zh-CN");
		assertThat(this.browser.getTitle()).startsWith("登录");
		logIn("admin", AccountsAndAuditScenario.ADMIN_PASSWORD);
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("nav-users")));
		assertThat(text("nav-users")).isEqualTo("用户");

		open("/admin/departments");
		type("code", "CS-EAST");
		type("name", "华东客服部");
		this.browser.findElement(By.id("save-department")).click();
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("departments"), "华东客服部"));

		open("/admin/users/new");
		type("jobNumber", "8001");
		type("displayName", "李娜");
		new Select(this.browser.findElement(By.id("departmentCode"))).selectByValue("CS-EAST");
		this.browser.findElement(By.cssSelector("input[name=roles][value=AGENT]")).click();
		type("password", "first-pass-1");
		this.browser.findElement(By.id("save-user")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("users")));
		assertThat(text("users")).contains("8001").contains("李娜").contains("CS-EAST").contains("坐席");
		this.browser.findElement(By.id("logout")).click();
		waitUntil(ExpectedConditions.urlContains("/login?logout"));

		logIn("8001", "first-pass-1");
		waitUntil(ExpectedConditions.urlContains("/account/password"));
		assertThat(text("must-change")).isNotBlank();
		type("currentPassword", "first-pass-1");
		type("newPassword", "my-own-pass-2");
		type("confirmPassword", "my-own-pass-2");
		this.browser.findElement(By.id("change-password")).click();
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("areas")));

		assertThat(text("me")).isEqualTo("李娜");
		assertThat(text("area-agent-desk")).contains("坐席工作台");
		this.browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		assertThat(this.browser.findElements(By.id("nav-users"))).isEmpty();
		assertThat(this.browser.findElements(By.id("area-admin"))).isEmpty();
		open("/admin/users");
		assertThat(text("error-status")).isEqualTo("403");
	}

}
