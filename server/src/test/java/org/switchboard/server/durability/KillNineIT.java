package org.switchboard.server.durability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.auth.DigestAlgorithm;
import org.switchboard.telephony.testphone.TestCall;
import org.switchboard.telephony.testphone.TestPhone;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.telephony.testphone.TelephonyFixture.eventually;

/**
 * The promise, on the built jar: a call that ended a second before the process is
 * killed with SIGKILL is whole in the journal, and the restarted process brings back the
 * logged-in agents and today's counters the wallboard showed before the kill.
 */
class KillNineIT {

	private static final Logger log = LoggerFactory.getLogger(KillNineIT.class);

	private static final Duration WAIT = Duration.ofSeconds(15);

	/** How long after the call ended the process is killed. */
	private static final Duration KILL_AFTER = Duration
		.ofMillis(Long.getLong("switchboard.test.kill-after-millis", 1000));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CONFIG = """
			extensions:
			  - {number: "1001", password: "s3cret-1001"}
			  - {number: "1002", password: "s3cret-1002"}
			agents:
			  - {jobNumber: "1001", name: "Agent One", password: "Agent-Pass-1", extension: "1001", skills: {general: 5}}
			  - {jobNumber: "1002", name: "Agent Two", password: "Agent-Pass-2", extension: "1002", skills: {general: 5}}
			queues:
			  - {name: general, strategy: fewest-calls, requiredSkills: {general: 1}, serviceLevelSeconds: 20, wrapUpSeconds: 0}
			inboundRoutes:
			  - {number: "800", destination: "queue:general"}
			""";

	@TempDir
	Path data;

	private final List<AutoCloseable> open = new ArrayList<>();

	@AfterEach
	void closeEverything() throws Exception {
		for (int i = this.open.size() - 1; i >= 0; i--) {
			this.open.get(i).close();
		}
	}

	@Test
	void aCallEndedOneSecondBeforeSigkillIsWholeInTheJournalAndTheRestartedServerShowsTheSameDay() throws Exception {
		Path jar = Path.of("target", "switchboard.jar");
		assertThat(jar).as("the built jar (run by failsafe after package)").exists();
		ServerProcess first = started(ServerProcess.start(jar, this.data, "first"));
		assertThat(first.send("POST", "/api/config/import", "application/yaml", CONFIG).statusCode()).isEqualTo(200);
		TestPhone agentPhone = phone("1001", "s3cret-1001", first.sipPort);
		assertThat(agentPhone.register(600).getStatusCode()).isEqualTo(200);
		assertThat(state(first, "1001", "{\"state\":\"READY\"}").get("state").asString()).isEqualTo("READY");
		assertThat(state(first, "1002", "{\"state\":\"NOT_READY\",\"reason\":\"lunch\"}").get("state").asString())
			.isEqualTo("NOT_READY");

		TestCall call = phone("13800000001", "unused", first.sipPort).call("800", false);
		TestCall agentSide = agentPhone.awaitIncoming(WAIT);
		assertThat(agentSide).as("the agent's phone rings").isNotNull();
		assertThat(call.awaitResponse(WAIT, false).getStatusCode()).isEqualTo(200);
		Thread.sleep(1000);
		call.hangUp();
		assertThat(agentSide.awaitEvent("BYE", WAIT)).as("the call ends for the agent").isTrue();
		long endedAt = System.nanoTime();

		assertThat(eventually(WAIT, () -> agentView(first, "1001").get("callsToday").asInt() == 1
				&& agentView(first, "1001").get("state").asString().equals("READY")))
			.isTrue();
		JsonNode agentBefore = agentView(first, "1001");
		JsonNode queueBefore = queueRow(first, "general");
		assertThat(queueBefore.get("answered").asLong()).isEqualTo(1);
		long readMillis = Duration.ofNanos(System.nanoTime() - endedAt).toMillis();
		long pause = KILL_AFTER.toNanos() - (System.nanoTime() - endedAt);
		if (pause > 0) {
			Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
		}
		long killedAfter = Duration.ofNanos(System.nanoTime() - endedAt).toMillis();
		first.kill();
		log.info("SIGKILL sent {} ms after the agent saw the call end (reading the views took {} ms)", killedAfter,
				readMillis);

		List<String> journalled = callEvents();
		assertThat(journalled).as("the call's events, as stored when the process died")
			.containsExactly("CONTACT_ARRIVED", "CONTACT_QUEUED", "AGENT_STATE_CHANGED:RESERVED", "CONTACT_OFFERED",
					"AGENT_STATE_CHANGED:ON_CALL", "CONTACT_ANSWERED", "CONTACT_ENDED");
		assertThat(lastAgentState("1001")).as("the agent's move back to READY after the call").isEqualTo("READY");

		ServerProcess second = started(ServerProcess.start(jar, this.data, "second"));
		JsonNode agentAfter = agentView(second, "1001");
		assertThat(agentAfter.get("state").asString()).isEqualTo("READY");
		assertThat(agentAfter.get("callsToday")).isEqualTo(agentBefore.get("callsToday"));
		assertThat(agentAfter.get("talkTimeToday")).isEqualTo(agentBefore.get("talkTimeToday"));
		JsonNode lunch = agentView(second, "1002");
		assertThat(lunch.get("state").asString()).isEqualTo("NOT_READY");
		assertThat(lunch.get("reason").asString()).isEqualTo("lunch");
		JsonNode queueAfter = queueRow(second, "general");
		for (String field : List.of("offered", "answered", "abandoned", "serviceLevel", "asaSeconds", "waiting")) {
			assertThat(queueAfter.get(field)).as(field).isEqualTo(queueBefore.get(field));
		}
	}

	private ServerProcess started(ServerProcess server) {
		this.open.add(server);
		return server;
	}

	private TestPhone phone(String user, String password, int port) throws Exception {
		TestPhone phone = TestPhone.start(user, password, port).algorithm(DigestAlgorithm.MD5);
		this.open.add(phone);
		return phone;
	}

	private static JsonNode state(ServerProcess server, String agent, String body) throws Exception {
		var response = server.send("PUT", "/api/agents/" + agent + "/state", "application/json", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static JsonNode agentView(ServerProcess server, String agent) {
		try {
			var response = server.get("/api/agents/" + agent + "/state");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return JSON.readTree(response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode queueRow(ServerProcess server, String queue) throws Exception {
		JsonNode board = JSON.readTree(server.firstEvent("/live/wallboard"));
		for (JsonNode row : board.get("queues")) {
			if (row.get("name").asString().equals(queue)) {
				return row;
			}
		}
		throw new AssertionError("no queue " + queue + " on the wallboard: " + board);
	}

	/**
	 * The journal as the killed process left it on disk, read before anything opens it
	 * again.
	 */
	private List<String> callEvents() throws Exception {
		List<String> types = new ArrayList<>();
		try (Connection db = database();
				Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("select type, payload from engine_journal"
						+ " where contact_id = (select max(contact_id) from engine_journal where type = 'CONTACT_ARRIVED')"
						+ " order by engine_id, seq")) {
			while (rows.next()) {
				String type = rows.getString(1);
				types.add(type.equals("AGENT_STATE_CHANGED")
						? type + ":" + JSON.readTree(rows.getString(2)).get("to").asString() : type);
			}
		}
		log.info("Journalled events of the call: {}", types);
		return types;
	}

	private String lastAgentState(String agent) throws Exception {
		try (Connection db = database();
				Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("select payload from engine_journal where agent_id = '" + agent
						+ "' and type = 'AGENT_STATE_CHANGED' order by engine_id, seq desc")) {
			return rows.next() ? JSON.readTree(rows.getString(1)).get("to").asString() : null;
		}
	}

	private Connection database() throws Exception {
		assertThat(Files.exists(this.data.resolve("db/switchboard.mv.db"))).isTrue();
		return DriverManager.getConnection(
				"jdbc:h2:file:" + this.data.resolve("db/switchboard").toAbsolutePath()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;ACCESS_MODE_DATA=r",
				"", "");
	}

}
