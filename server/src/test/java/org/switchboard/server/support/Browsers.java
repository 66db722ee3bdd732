package org.switchboard.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium windows for browser tests, each with a fresh profile, logged in to
 * the server under test; {@link #close()} quits them and deletes the profiles. Chromium
 * and chromedriver come from {@code CHROMIUM_BIN} / {@code CHROMEDRIVER_BIN} or the PATH,
 * through {@link ExternalProgram} (mandatory when {@code CI=true}).
 */
public final class Browsers implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** Polls often so that a time taken around a wait is close to the page's own. */
	private static final Duration POLL = Duration.ofMillis(25);

	private final Path chromium;

	private final Path chromedriver;

	private final int port;

	private final List<Path> profiles = new ArrayList<>();

	private final List<WebDriver> windows = new ArrayList<>();

	private Browsers(Path chromium, Path chromedriver, int port) {
		this.chromium = chromium;
		this.chromedriver = chromedriver;
		this.port = port;
	}

	/** Browsers for the server on {@code 127.0.0.1:port}; skips the test without them. */
	public static Browsers forPort(int port) {
		Path chromium = ExternalProgram.executable("CHROMIUM_BIN", "chromium").orElse(null);
		Path chromedriver = ExternalProgram.executable("CHROMEDRIVER_BIN", "chromedriver").orElse(null);
		ExternalProgram.require(chromium != null && chromedriver != null,
				"chromium or chromedriver not found (PATH, CHROMIUM_BIN, CHROMEDRIVER_BIN), so no browser test");
		return new Browsers(chromium, chromedriver, port);
	}

	/** A new window logged in as {@code jobNumber} (English UI), showing {@code page}. */
	public WebDriver loggedIn(String jobNumber, String password, String page) throws IOException {
		WebDriver browser = open();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(jobNumber);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login")).click();
		waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		browser.get(url(page));
		return browser;
	}

	private WebDriver open() throws IOException {
		Path profile = Files.createTempDirectory("switchboard-chromium");
		this.profiles.add(profile);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(this.chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(this.chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		this.windows.add(browser);
		return browser;
	}

	/** The server's address for {@code path}. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * A wait long enough for a loaded CI machine, short enough to fail a stuck page.
	 */
	public static WebDriverWait waitFor(WebDriver browser) {
		WebDriverWait wait = new WebDriverWait(browser, WAIT);
		wait.pollingEvery(POLL);
		// live pages re-render rows; a row replaced between finding and reading is
		// retried
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	@Override
	public void close() throws IOException {
		this.windows.forEach(WebDriver::quit);
		for (Path profile : this.profiles) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
