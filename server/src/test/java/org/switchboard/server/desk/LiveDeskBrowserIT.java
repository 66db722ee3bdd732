package org.switchboard.server.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.switchboard.engine.Input;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Role;
import org.switchboard.server.account.UserSpec;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.customers.CustomerForm;
import org.switchboard.server.customers.CustomerRepository;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.live.LiveStream;
import org.switchboard.server.sip.SipServer;
import org.switchboard.server.support.Browsers;
import org.switchboard.server.support.LiveDelays;
import org.switchboard.server.support.LoopbackSip;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.server.support.Browsers.waitFor;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * Two real browsers (headless Chromium), an agent on the desk and a supervisor on the
 * wallboard, while a real SIP call goes through the built-in PBX: the agent binds the
 * extension of the in-JVM desk phone at login and goes ready; a caller dials 800 and
 * presses 1; the desk pops the caller's card while the phone rings; the phone answers
 * after a second; the caller hangs up; the agent saves the disposition; the wallboard
 * counts one answered call. Then the pages survive a dropped stream, the delay from an
 * engine event to each page applying it is measured and printed (p50/p95), and the desk's
 * phone light follows the phone unregistering and registering again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveDeskBrowserIT {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final int SAMPLES = 30;

	private static final String CALLER = "02161234567";

	@DynamicPropertySource
	static void sip(DynamicPropertyRegistry registry) throws IOException {
		LoopbackSip.enable(registry, Files.createTempDirectory("switchboard-desk-it"));
	}

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

	@Autowired
	SipServer sip;

	private Browsers browsers;

	private LoopbackSip phones;

	@BeforeEach
	void start() {
		this.browsers = Browsers.forPort(this.port);
		this.phones = new LoopbackSip(this.sip.port());
	}

	@AfterEach
	void stop() throws IOException {
		this.phones.close();
		this.browsers.close();
	}

	private void center() {
		this.importer.importYaml("""
				extensions:
				  - {number: "4101", password: "s3cret-4101"}
				  - {number: "4102", password: "s3cret-4102"}
				queues:
				  - {name: care, requiredSkills: {care: 1}, wrapUpSeconds: -1}
				agents:
				  - {jobNumber: "b4001", name: "Browser Agent", password: "Agent-Pass-1", extension: "4102",
				     skills: {care: 3}}
				ivrs:
				  - name: main
				    start: welcome
				    nodes:
				      welcome: {type: menu, prompt: welcome, options: {"1": care}, timeoutSeconds: 5, retries: 2,
				                onFail: care}
				      care: {type: queue, queue: care}
				inboundRoutes:
				  - {number: "800", destination: "ivr:main"}
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

	private static void waitForState(WebDriver desk, String state) {
		waitFor(desk).until(ExpectedConditions.attributeToBe(By.id("agent-state"), "data-state", state));
	}

	private static void waitForBoardState(WebDriver wallboard, String state) {
		waitFor(wallboard).until(
				ExpectedConditions.attributeToBe(By.cssSelector("tr[data-agent=b4001] td.state"), "data-state", state));
	}

	@Test
	void agentAtAHotDeskTakesARealSipCallWithAScreenPopAndTheWallboardCountsItAnswered() throws Exception {
		center();
		TestPhone deskPhone = this.phones.deskPhone("4101", "s3cret-4101");
		WebDriver desk = this.browsers.loggedIn("b4001", "Agent-Pass-2-ok", "/desk");
		WebDriver wallboard = this.browsers.loggedIn("b4900", "Boss-Pass-2-ok", "/supervisor/wallboard");
		waitFor(wallboard).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-agent=b4001]")));
		assertThat(wallboard.findElement(By.id("formula")).getText()).isEqualTo("answered-within-threshold / offered");

		logInAtExtension(desk, "4101");
		LiveDelays.clear(desk);
		LiveDelays.clear(wallboard);

		TestCall call = this.phones.caller(CALLER).call("800", false);
		call.rtp().tone(440);
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).as("the IVR answers").isEqualTo(200);
		call.dtmf('1');
		TestCall ringing = deskPhone.awaitIncoming(WAIT);
		Instant rang = Instant.now();
		assertThat(ringing).as("the phone at the bound extension rings").isNotNull();

		waitFor(desk).until(ExpectedConditions.textToBe(By.id("customer-name"), "Wang Fang"));
		long popMillis = Duration.between(rang, Instant.now()).toMillis();
		assertThat(desk.findElement(By.id("agent-state")).getAttribute("data-state"))
			.as("the card shows while the phone still rings")
			.isEqualTo("RESERVED");
		assertThat(desk.findElement(By.id("pop-caller")).getText()).isEqualTo(CALLER);
		assertThat(desk.findElement(By.id("pop-region")).getText()).isEqualTo("Shanghai");
		assertThat(desk.findElement(By.id("pop-queue")).getText()).isEqualTo("care");
		assertThat(desk.findElement(By.id("pop-digits")).getText()).isEqualTo("welcome=1");
		assertThat(desk.findElement(By.id("customer-company")).getText()).isEqualTo("Acme Shanghai");

		LoopbackSip.answerAfterRinging(ringing, rang, Duration.ofSeconds(1));
		ringing.rtp().tone(880);
		waitForState(desk, "ON_CALL");
		waitForBoardState(wallboard, "ON_CALL");
		assertThat(eventually(WAIT, () -> Math.abs(ringing.rtp().recentFrequency(4000) - 440) < 40))
			.as("the agent hears the caller")
			.isTrue();

		call.hangUp();
		assertThat(ringing.awaitEvent("BYE", WAIT)).as("the agent's leg ends with the caller's").isTrue();
		waitForState(desk, "WRAP_UP");

		new Select(desk.findElement(By.id("disposition-code"))).selectByValue("resolved");
		desk.findElement(By.id("disposition-summary")).sendKeys("password reset");
		desk.findElement(By.id("save-disposition")).click();
		waitFor(desk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("disposition-saved"),
				"Disposition saved for contact"));
		waitForState(desk, "READY");
		assertThat(this.jdbc.queryForList("select queue, summary from dispositions where agent_id = 'b4001'"))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsValues("care", "password reset"));

		waitFor(wallboard).until(ExpectedConditions.textToBe(By.cssSelector("tr[data-queue=care] td.answered"), "1"));
		waitForBoardState(wallboard, "READY");
		assertThat(wallboard.findElement(By.cssSelector("tr[data-queue=care] td.offered")).getText()).isEqualTo("1");
		List<Long> deskCall = LiveDelays.of(desk);
		List<Long> boardCall = LiveDelays.of(wallboard);
		System.out.printf(
				"LIVE DELAY during the SIP call, engine event -> page applied: desk %s; wallboard %s;"
						+ " screen pop with the customer's card shown %d ms after the phone rang%n",
				LiveDelays.summary(deskCall), LiveDelays.summary(boardCall), popMillis);
		assertThat(deskCall).as("ringing, answered, wrap-up, ready reached the desk live")
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(boardCall).isNotEmpty();

		reconnectAfterADroppedStream(desk, wallboard);
		measureDelays(desk, wallboard);
		phoneLightFollowsTheRegistration(desk, deskPhone);
	}

	/**
	 * The phone unregisters and registers again; the desk's light follows within seconds.
	 */
	private static void phoneLightFollowsTheRegistration(WebDriver desk, TestPhone deskPhone) throws Exception {
		assertThat(deskPhone.register(0).getStatusCode()).isEqualTo(200);
		waitFor(desk).until(ExpectedConditions.attributeToBe(By.id("phone-light"), "data-registered", "false"));
		assertThat(desk.findElement(By.id("phone-status")).getText()).isEqualTo("not registered");
		assertThat(deskPhone.register(600).getStatusCode()).isEqualTo(200);
		waitFor(desk).until(ExpectedConditions.attributeToBe(By.id("phone-light"), "data-registered", "true"));
		assertThat(desk.findElement(By.id("phone-status")).getText()).isEqualTo("registered");
	}

	/**
	 * Types {@code extension} on the desk and goes ready; the desk shows it bound and its
	 * phone registered.
	 */
	private static void logInAtExtension(WebDriver desk, String extension) {
		waitFor(desk).until(ExpectedConditions.attributeToBe(By.id("extension"), "value", "4102"));
		WebElement field = desk.findElement(By.id("extension"));
		field.clear();
		field.sendKeys(extension);
		desk.findElement(By.id("go-ready")).click();
		waitForState(desk, "READY");
		waitFor(desk).until(ExpectedConditions.textToBe(By.id("bound-extension"), extension));
		waitFor(desk).until(ExpectedConditions.attributeToBe(By.id("phone-light"), "data-registered", "true"));
		assertThat(desk.findElement(By.id("extension")).isEnabled()).as("the extension is fixed until logout")
			.isFalse();
	}

	/** The server ends both streams; the pages come back by themselves and stay live. */
	private void reconnectAfterADroppedStream(WebDriver desk, WebDriver wallboard) {
		this.stream.disconnectAll();
		this.engine.submit(new Input.AgentNotReady("b4001", "lunch"));
		waitForState(desk, "NOT_READY");
		waitForBoardState(wallboard, "NOT_READY");
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
		LiveDelays.clear(desk);
		LiveDelays.clear(wallboard);
		for (int i = 0; i < SAMPLES; i++) {
			boolean ready = (i % 2 == 1);
			this.engine.submit(ready ? new Input.AgentReady("b4001") : new Input.AgentNotReady("b4001", "break"));
			String state = ready ? "READY" : "NOT_READY";
			waitForState(desk, state);
			waitForBoardState(wallboard, state);
		}
		List<Long> deskDelays = LiveDelays.of(desk);
		List<Long> boardDelays = LiveDelays.of(wallboard);
		System.out.printf("LIVE DELAY engine event -> page applied (%d state changes): desk %s; wallboard %s%n",
				SAMPLES, LiveDelays.summary(deskDelays), LiveDelays.summary(boardDelays));
		assertThat(deskDelays).hasSizeGreaterThanOrEqualTo(SAMPLES / 2);
		assertThat(boardDelays).hasSizeGreaterThanOrEqualTo(SAMPLES / 2);
		assertThat(LiveDelays.percentile(deskDelays, 95)).isLessThan(1000);
		assertThat(LiveDelays.percentile(boardDelays, 95)).isLessThan(1000);
	}

}
