package org.switchboard.server.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.switchboard.engine.Input;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Role;
import org.switchboard.server.account.UserSpec;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.customers.CustomerForm;
import org.switchboard.server.customers.CustomerRepository;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.live.LiveStream;
import org.switchboard.server.support.ExternalProgram;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real browsers (headless Chromium): an agent on the desk and a supervisor on the
 * wallboard while a call is driven through the engine host's inputs, as telephony drives
 * it. Then the delay from an engine event to the page applying it is measured on both
 * pages and printed (p50/p95). Chromium and chromedriver come from {@code CHROMIUM_BIN} /
 * {@code CHROMEDRIVER_BIN} or the PATH; mandatory when {@code CI=true}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveDeskBrowserIT {

	private static final int SAMPLES = 30;

	private static Path chromium;

	private static Path chromedriver;

	@LocalServerPort
	int port;

	@Autowired
	ConfigImporter importer;

	@Autowired
	AccountService accounts;

	@Autowired
	EngineHost engine;

	@Autowired
	CustomerRepository customers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveStream stream;

	private final List<Path> profiles = new ArrayList<>();

	private final List<WebDriver> browsers = new ArrayList<>();

	@BeforeAll
	static void requireChromium() {
		chromium = ExternalProgram.executable("CHROMIUM_BIN", "chromium").orElse(null);
		chromedriver = ExternalProgram.executable("CHROMEDRIVER_BIN", "chromedriver").orElse(null);
		ExternalProgram.require(chromium != null && chromedriver != null,
				"chromium or chromedriver not found (PATH, CHROMIUM_BIN, CHROMEDRIVER_BIN), so no browser test");
	}

	private WebDriver browser() throws IOException {
		Path profile = Files.createTempDirectory("switchboard-chromium");
		this.profiles.add(profile);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		this.browsers.add(browser);
		return browser;
	}

	@AfterEach
	void stopBrowsers() throws IOException {
		this.browsers.forEach(WebDriver::quit);
		for (Path profile : this.profiles) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private void center() {
		this.importer.importYaml("""
				queues:
				  - {name: care, requiredSkills: {care: 1}, wrapUpSeconds: -1}
				agents:
				  - {jobNumber: "b4001", name: "Browser Agent", password: "Agent-Pass-1", skills: {care: 3}}
				""", "test");
		this.engine.reload().join();
		if (this.accounts.findUser("b4900").isEmpty()) {
			this.accounts.createUser(new UserSpec("b4900", "Floor Boss", null, Set.of(Role.SUPERVISOR), true),
					"Boss-Pass-1", "test");
		}
		if (this.accounts.mustChangePassword("b4001")) {
			this.accounts.changeOwnPassword("b4001", "Agent-Pass-1", "Agent-Pass-2-ok");
		}
		if (this.accounts.mustChangePassword("b4900")) {
			this.accounts.changeOwnPassword("b4900", "Boss-Pass-1", "Boss-Pass-2-ok");
		}
		this.customers.create(
				new CustomerForm("Wang Fang", "Acme Shanghai", "+86 21 6123 4567", "vip", "prefers email", ""), "test");
	}

	private void logIn(WebDriver browser, String jobNumber, String password, String page) {
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(jobNumber);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login")).click();
		waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		browser.get(url(page));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static WebDriverWait waitFor(WebDriver browser) {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	private static void waitForState(WebDriver desk, String state) {
		waitFor(desk).until(ExpectedConditions.attributeToBe(By.id("agent-state"), "data-state", state));
	}

	@Test
	void agentTakesACallWithAScreenPopAndTheWallboardShowsItAnswered() throws IOException {
		center();
		WebDriver desk = browser();
		WebDriver wallboard = browser();
		logIn(desk, "b4001", "Agent-Pass-2-ok", "/desk");
		logIn(wallboard, "b4900", "Boss-Pass-2-ok", "/supervisor/wallboard");
		waitFor(wallboard).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-agent=b4001]")));
		assertThat(wallboard.findElement(By.id("formula")).getText()).isEqualTo("answered-within-threshold / offered");

		desk.findElement(By.id("go-ready")).click();
		waitForState(desk, "READY");

		String contact = "browser-" + System.nanoTime();
		this.engine.submit(new Input.ContactArrives(contact, "02161234567", "4000", "queue:care", Map.of()));
		waitForState(desk, "RESERVED");
		waitFor(desk).until(ExpectedConditions.textToBe(By.id("customer-name"), "Wang Fang"));
		assertThat(desk.findElement(By.id("pop-caller")).getText()).isEqualTo("02161234567");
		assertThat(desk.findElement(By.id("pop-region")).getText()).isEqualTo("Shanghai");
		assertThat(desk.findElement(By.id("pop-queue")).getText()).isEqualTo("care");
		assertThat(desk.findElement(By.id("customer-company")).getText()).isEqualTo("Acme Shanghai");

		this.engine.submit(new Input.AgentAnswered(contact, "b4001"));
		waitForState(desk, "ON_CALL");
		waitFor(wallboard).until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-agent=b4001] td.state"),
				"data-state", "ON_CALL"));
		this.engine.submit(new Input.CallerHungUp(contact));
		waitForState(desk, "WRAP_UP");

		new Select(desk.findElement(By.id("disposition-code"))).selectByValue("resolved");
		desk.findElement(By.id("disposition-summary")).sendKeys("password reset");
		desk.findElement(By.id("save-disposition")).click();
		waitFor(desk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("disposition-saved"), contact));
		waitForState(desk, "READY");
		assertThat(this.jdbc.queryForObject("select summary from dispositions where contact_id = ?", String.class,
				contact))
			.isEqualTo("password reset");

		waitFor(wallboard).until(ExpectedConditions.textToBe(By.cssSelector("tr[data-queue=care] td.answered"), "1"));
		waitFor(wallboard).until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-agent=b4001] td.state"),
				"data-state", "READY"));
		assertThat(wallboard.findElement(By.cssSelector("tr[data-queue=care] td.offered")).getText()).isEqualTo("1");

		reconnectAfterADroppedStream(desk, wallboard);
		measureDelays(desk, wallboard);
	}

	/** The server ends both streams; the pages come back by themselves and stay live. */
	private void reconnectAfterADroppedStream(WebDriver desk, WebDriver wallboard) {
		this.stream.disconnectAll();
		this.engine.submit(new Input.AgentNotReady("b4001", "lunch"));
		waitForState(desk, "NOT_READY");
		waitFor(wallboard).until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-agent=b4001] td.state"),
				"data-state", "NOT_READY"));
		for (WebDriver page : List.of(desk, wallboard)) {
			assertThat((Long) ((JavascriptExecutor) page).executeScript("return window.liveInterruptions;"))
				.isGreaterThanOrEqualTo(1L);
			waitFor(page).until(ExpectedConditions.invisibilityOfElementLocated(By.id("live-badge")));
		}
		assertThat(desk.findElement(By.id("agent-reason")).getText()).isEqualTo("lunch");
		this.engine.submit(new Input.AgentReady("b4001"));
		waitForState(desk, "READY");
	}

	/**
	 * Alternates the agent between READY and NOT_READY through engine inputs, waiting
	 * each time for both pages to show it, and prints the delay percentiles.
	 */
	private void measureDelays(WebDriver desk, WebDriver wallboard) {
		clearDelays(desk);
		clearDelays(wallboard);
		for (int i = 0; i < SAMPLES; i++) {
			boolean ready = (i % 2 == 1);
			this.engine.submit(ready ? new Input.AgentReady("b4001") : new Input.AgentNotReady("b4001", "break"));
			String state = ready ? "READY" : "NOT_READY";
			waitForState(desk, state);
			waitFor(wallboard).until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-agent=b4001] td.state"),
					"data-state", state));
		}
		List<Long> deskDelays = delays(desk);
		List<Long> boardDelays = delays(wallboard);
		System.out.printf(
				"LIVE DELAY engine event -> page applied: desk n=%d p50=%d ms p95=%d ms max=%d ms;"
						+ " wallboard n=%d p50=%d ms p95=%d ms max=%d ms%n",
				deskDelays.size(), percentile(deskDelays, 50), percentile(deskDelays, 95), percentile(deskDelays, 100),
				boardDelays.size(), percentile(boardDelays, 50), percentile(boardDelays, 95),
				percentile(boardDelays, 100));
		assertThat(deskDelays).hasSizeGreaterThanOrEqualTo(SAMPLES / 2);
		assertThat(boardDelays).hasSizeGreaterThanOrEqualTo(SAMPLES / 2);
		assertThat(percentile(deskDelays, 95)).isLessThan(1000);
		assertThat(percentile(boardDelays, 95)).isLessThan(1000);
	}

	private static void clearDelays(WebDriver browser) {
		((JavascriptExecutor) browser).executeScript("window.liveDelays.length = 0;");
	}

	@SuppressWarnings("unchecked")
	private static List<Long> delays(WebDriver browser) {
		List<Object> raw = (List<Object>) ((JavascriptExecutor) browser).executeScript("return window.liveDelays;");
		return raw.stream().map((value) -> ((Number) value).longValue()).sorted().toList();
	}

	private static long percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return -1;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
