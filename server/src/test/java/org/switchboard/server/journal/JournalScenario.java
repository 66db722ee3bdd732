package org.switchboard.server.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.engine.Action;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.Engine;
import org.switchboard.engine.Input;
import org.switchboard.engine.QueueConfig;
import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.server.engine.AgentRestore;
import org.switchboard.server.journal.RecoveredState.AgentDayCounters;
import org.switchboard.server.journal.RecoveredState.QueueCounters;
import org.switchboard.server.live.AgentSnapshot;
import org.switchboard.server.live.LiveFloor;
import org.switchboard.server.live.LiveProperties;
import org.switchboard.server.live.Roster;
import org.switchboard.server.live.WallboardSnapshot;
import org.switchboard.server.live.WallboardSnapshot.QueueRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persisted journal against a real database (H2 here, PostgreSQL in
 * {@link JournalPostgresIT}): batching, retry while the database is down, the high-water
 * alarm, draining on stop, and rebuilding agents and counters after a restart. Names are
 * random so runs never collide in a shared database.
 */
abstract class JournalScenario {

	private final String id = UUID.randomUUID().toString().substring(0, 8);

	private final List<PersistentJournal> started = new ArrayList<>();

	private DataSource dataSource;

	private FlakyDataSource flaky;

	private SimpleMeterRegistry meters;

	abstract DataSource dataSource();

	@BeforeEach
	void migrate() {
		this.dataSource = dataSource();
		Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load().migrate();
		this.flaky = new FlakyDataSource(this.dataSource);
		this.meters = new SimpleMeterRegistry();
	}

	@AfterEach
	void stopJournals() {
		this.flaky.failures.set(0);
		this.started.forEach(PersistentJournal::stop);
	}

	@Test
	void writesBufferedEventsInBatchesOfTheConfiguredSize() throws Exception {
		List<Integer> batches = new ArrayList<>();
		JournalStore store = new JournalStore(new JdbcTemplate(this.dataSource)) {
			@Override
			public void insert(List<JournalEntry> entries) {
				batches.add(entries.size());
				super.insert(entries);
			}
		};
		PersistentJournal journal = new PersistentJournal(store, properties(10_000, 5_000, 500), this.meters);
		for (int i = 0; i < 1200; i++) {
			journal.append(stateChange(Instant.parse("2026-01-05T10:00:00Z").plusMillis(i), "b-" + this.id));
		}
		start(journal);
		assertThat(journal.awaitStored(Duration.ofSeconds(20))).isTrue();
		assertThat(batches).containsExactly(500, 500, 200);
		assertThat(storedSeqs(journal)).hasSize(1200).startsWith(1L, 2L, 3L).endsWith(1200L);
	}

	@Test
	void retriesWhileTheDatabaseIsDownAndLosesNothing() throws Exception {
		this.flaky.failures.set(5);
		PersistentJournal journal = new PersistentJournal(new JournalStore(new JdbcTemplate(this.flaky)),
				properties(10_000, 5_000, 100), this.meters);
		start(journal);
		for (int i = 0; i < 50; i++) {
			journal.append(stateChange(Instant.parse("2026-01-05T10:00:00Z").plusMillis(i), "r-" + this.id));
		}
		assertThat(journal.awaitStored(Duration.ofSeconds(20))).isTrue();
		assertThat(this.flaky.failures.get()).isZero();
		assertThat(this.meters.counter("switchboard.journal.write.failures").count()).isEqualTo(5);
		assertThat(storedSeqs(journal)).hasSize(50).doesNotHaveDuplicates();
	}

	@Test
	void raisesTheAlarmPastTheHighWaterMarkAndStoresEverythingOnceTheDatabaseIsBack() throws Exception {
		this.flaky.failures.set(Integer.MAX_VALUE);
		PersistentJournal journal = new PersistentJournal(new JournalStore(new JdbcTemplate(this.flaky)),
				properties(100, 10, 1), this.meters);
		start(journal);
		for (int i = 0; i < 20; i++) {
			journal.append(stateChange(Instant.parse("2026-01-05T10:00:00Z").plusMillis(i), "h-" + this.id));
		}
		assertThat(this.meters.counter("switchboard.journal.high.water").count()).isEqualTo(1);
		assertThat(this.meters.get("switchboard.journal.buffered").gauge().value()).isGreaterThan(10);
		this.flaky.failures.set(0);
		assertThat(journal.awaitStored(Duration.ofSeconds(30))).isTrue();
		assertThat(storedSeqs(journal)).hasSize(20);
	}

	@Test
	void storesAnEventWithinASecondOfItsAppend() throws Exception {
		PersistentJournal journal = new PersistentJournal(new JournalStore(new JdbcTemplate(this.dataSource)),
				properties(10_000, 5_000, 500), this.meters);
		start(journal);
		journal.append(stateChange(Instant.parse("2026-01-05T10:00:00Z"), "s-" + this.id));
		assertThat(journal.awaitStored(Duration.ofSeconds(1))).isTrue();
		assertThat(storedSeqs(journal)).containsExactly(1L);
	}

	@Test
	void gracefulStopDrainsTheBuffer() {
		PersistentJournal journal = new PersistentJournal(new JournalStore(new JdbcTemplate(this.dataSource)),
				properties(10_000, 5_000, 50), this.meters);
		start(journal);
		for (int i = 0; i < 300; i++) {
			journal.append(stateChange(Instant.parse("2026-01-05T10:00:00Z").plusMillis(i), "d-" + this.id));
		}
		journal.stop();
		assertThat(storedSeqs(journal)).hasSize(300);
		assertThat(journal.pending()).isZero();
	}

	@Test
	void rebuildsLoggedInAgentsAndTodaysCountersAfterARestart() throws Exception {
		String queue = "q-" + this.id;
		String ready = "ready-" + this.id;
		String lunch = "lunch-" + this.id;
		String gone = "gone-" + this.id;
		CenterConfig config = CenterConfig.builder()
			.queue(QueueConfig.named(queue))
			.agent(CenterConfig.AgentConfig.of(ready).queue(queue))
			.agent(CenterConfig.AgentConfig.of(lunch).queue(queue))
			.agent(CenterConfig.AgentConfig.of(gone).queue(queue))
			.build();
		Instant noon = LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC);
		JournalStore store = new JournalStore(new JdbcTemplate(this.dataSource));
		PersistentJournal journal = new PersistentJournal(store, properties(10_000, 5_000, 500), this.meters);
		start(journal);
		Engine before = new Engine(config, journal, RandomGenerator.of("L64X128MixRandom"));
		before.handle(new Input.AgentLogin(ready), noon);
		before.handle(new Input.AgentReady(ready), noon.plusSeconds(1));
		before.handle(new Input.AgentLogin(lunch), noon.plusSeconds(2));
		before.handle(new Input.AgentNotReady(lunch, "lunch"), noon.plusSeconds(3));
		before.handle(new Input.AgentLogin(gone), noon.plusSeconds(4));
		before.handle(new Input.AgentLogout(gone), noon.plusSeconds(5));
		String call = "call-" + this.id;
		List<Action> offer = before.handle(
				new Input.ContactArrives(call, "13800000000", "x", "queue:" + queue, Map.of()), noon.plusSeconds(6));
		assertThat(offer).anyMatch((action) -> action instanceof Action.RingAgent ring && ring.agentId().equals(ready));
		before.handle(new Input.AgentAnswered(call, ready), noon.plusSeconds(8));
		before.handle(new Input.CallerHungUp(call), noon.plusSeconds(60));
		journal.stop();

		RecoveredState recovered = new JournalRecovery(store, properties(10_000, 5_000, 500))
			.recover(noon.plusSeconds(120), ZoneOffset.UTC);
		assertThat(recovered.agents()).containsKeys(ready, lunch).doesNotContainKey(gone);
		assertThat(recovered.agents().get(ready).state()).isEqualTo(AgentStateName.READY);
		assertThat(recovered.agents().get(lunch).state()).isEqualTo(AgentStateName.NOT_READY);
		assertThat(recovered.agents().get(lunch).reason()).isEqualTo("lunch");
		assertThat(recovered.answeredToday()).containsEntry(ready, 1);
		assertThat(recovered.agentDays()).containsOnlyKeys(ready)
			.containsEntry(ready, new AgentDayCounters(1, Duration.ofSeconds(52)));
		assertThat(recovered.queues()).containsEntry(queue, new QueueCounters(1, 1, 0));

		Engine after = new Engine(config, (event) -> {
		}, RandomGenerator.of("L64X128MixRandom"));
		for (Input input : AgentRestore.inputs(recovered)) {
			after.handle(input, noon.plusSeconds(120));
		}
		assertThat(after.agent(ready).state()).isEqualTo(AgentStateName.READY);
		assertThat(after.agent(lunch).state()).isEqualTo(AgentStateName.NOT_READY);
		assertThat(after.agent(lunch).reason()).isEqualTo("lunch");
		assertThat(after.agent(gone).state()).isEqualTo(AgentStateName.LOGGED_OUT);
		assertThat(after.agent(ready).callsToday()).isEqualTo(before.agent(ready).callsToday()).isEqualTo(1);
		assertThat(after.agent(ready).talkTimeToday()).isEqualTo(before.agent(ready).talkTimeToday());
	}

	@Test
	void wallboardAndDeskShowTheSameDayAfterARestartAsBeforeIt() throws Exception {
		String sales = "sales-" + this.id;
		String ann = "ann-" + this.id;
		String bob = "bob-" + this.id;
		CenterConfig config = CenterConfig.builder()
			.timeZone(ZoneOffset.UTC)
			.queue(QueueConfig.named(sales).strategy("fewest-calls"))
			.agent(CenterConfig.AgentConfig.of(ann).queue(sales))
			.agent(CenterConfig.AgentConfig.of(bob).queue(sales))
			.build();
		Roster roster = new Roster(Map.of(ann, "Ann", bob, "Bob"), Map.of(ann, List.of(sales), bob, List.of(sales)),
				List.of(sales), Map.of(sales, 0));
		Instant[] clock = { LocalDate.now(ZoneOffset.UTC).atTime(8, 0).toInstant(ZoneOffset.UTC) };
		JournalStore store = new JournalStore(new JdbcTemplate(this.dataSource));
		PersistentJournal journal = new PersistentJournal(store, properties(10_000, 5_000, 500), this.meters);
		start(journal);
		LiveFloor before = new LiveFloor(LiveProperties.defaults(), ZoneOffset.UTC, () -> 1L);
		before.roster(roster);
		Engine engine = new Engine(config, (event) -> {
			journal.append(event);
			before.on(event);
		}, RandomGenerator.of("L64X128MixRandom"));
		java.util.function.BiConsumer<Input, Integer> at = (input, seconds) -> {
			clock[0] = clock[0].plusSeconds(seconds);
			engine.handle(input, clock[0]);
		};
		at.accept(new Input.AgentLogin(ann), 0);
		at.accept(new Input.AgentReady(ann), 1);
		at.accept(new Input.AgentLogin(bob), 0);
		at.accept(new Input.AgentReady(bob), 5);
		for (int call = 0; call < 3; call++) {
			String contact = "c" + call + "-" + this.id;
			at.accept(new Input.ContactArrives(contact, "1380000000" + call, "4000", "queue:" + sales, Map.of()), 60);
			String agent = before.wallboard(clock[0])
				.agents()
				.stream()
				.filter((row) -> contact.equals(row.contactId()))
				.findFirst()
				.orElseThrow()
				.id();
			at.accept(new Input.AgentAnswered(contact, agent), 3 + 10 * call);
			at.accept(new Input.CallerHungUp(contact), 90 + call);
			at.accept(new Input.AgentReady(agent), 0);
		}
		at.accept(new Input.AgentNotReady(bob, "lunch"), 0);
		at.accept(new Input.ContactArrives("gone-" + this.id, "13900000000", "4000", "queue:" + sales, Map.of()), 30);
		at.accept(new Input.AgentNotReady(ann, "meeting"), 1);
		at.accept(new Input.CallerHungUp("gone-" + this.id), 40);
		journal.stop();
		Instant now = clock[0].plusSeconds(7);
		WallboardSnapshot boardBefore = before.wallboard(now);
		assertThat(queueRow(boardBefore, sales).offered()).isEqualTo(4);
		assertThat(queueRow(boardBefore, sales).abandoned()).isEqualTo(1);

		LiveFloor after = new LiveFloor(LiveProperties.defaults(), ZoneOffset.UTC, () -> 2L);
		after.roster(roster);
		JournalRecovery recovery = new JournalRecovery(store, properties(10_000, 5_000, 500));
		// A shared database (PostgreSQL) also holds other tests' events: replay this
		// test's only.
		long replayed = recovery.replay(now, ZoneOffset.UTC, (event) -> {
			if (event.toString().contains(this.id)) {
				after.on(event);
			}
		});
		after.earlierRunsEnded();

		assertThat(replayed).isGreaterThanOrEqualTo(30);
		WallboardSnapshot boardAfter = after.wallboard(now);
		// Compared by this test's queue: on a shared database the replayed day can hold
		// another test's queue as well.
		assertThat(queueRow(boardAfter, sales)).isEqualTo(queueRow(boardBefore, sales));
		assertThat(boardAfter.agents()).isEqualTo(boardBefore.agents());
		assertThat(boardAfter.alerts()).isEqualTo(boardBefore.alerts());
		for (String agent : List.of(ann, bob)) {
			assertThat(desk(after.agent(agent, now))).as(agent).isEqualTo(desk(before.agent(agent, now)));
		}

		Engine restarted = new Engine(config, after::on, RandomGenerator.of("L64X128MixRandom"));
		for (Input input : AgentRestore.inputs(recovery.recover(now, ZoneOffset.UTC))) {
			restarted.handle(input, now);
		}
		QueueRow queueBefore = queueRow(boardBefore, sales);
		QueueRow queueRestored = queueRow(after.wallboard(now), sales);
		assertThat(queueRestored).isEqualTo(queueBefore);
		for (String agent : List.of(ann, bob)) {
			AgentSnapshot deskBefore = before.agent(agent, now);
			AgentSnapshot deskRestored = after.agent(agent, now);
			assertThat(List.of(deskRestored.state(), deskRestored.reason(), deskRestored.callsToday(),
					deskRestored.averageHandleSeconds(), deskRestored.notReadySecondsToday()))
				.as(agent)
				.isEqualTo(List.of(deskBefore.state(), deskBefore.reason(), deskBefore.callsToday(),
						deskBefore.averageHandleSeconds(), deskBefore.notReadySecondsToday()));
			assertThat(restarted.agent(agent).callsToday()).isEqualTo(engine.agent(agent).callsToday());
			assertThat(restarted.agent(agent).talkTimeToday()).isEqualTo(engine.agent(agent).talkTimeToday());
		}
		assertThat(engine.agent(ann).callsToday() + engine.agent(bob).callsToday()).isEqualTo(3);
	}

	/** The desk without its stream bookkeeping (version, wall-clock stamps). */
	private static List<Object> desk(AgentSnapshot desk) {
		return java.util.Arrays.asList(desk.id(), desk.name(), desk.state(), desk.reason(), desk.since(),
				desk.notReadyWarning(), desk.contact(), desk.wrapUpSeconds(), desk.callsToday(),
				desk.averageHandleSeconds(), desk.notReadySecondsToday());
	}

	private void start(PersistentJournal journal) {
		journal.start();
		this.started.add(journal);
	}

	private List<Long> storedSeqs(PersistentJournal journal) {
		return new JdbcTemplate(this.dataSource).queryForList(
				"select seq from engine_journal where engine_id = ? order by seq", Long.class, journal.engineId());
	}

	private static JournalProperties properties(int capacity, int highWater, int batch) {
		return new JournalProperties(capacity, highWater, batch, Duration.ofMillis(5), Duration.ofMillis(40),
				Duration.ofSeconds(20), Duration.ofHours(24));
	}

	private static AgentStateChanged stateChange(Instant at, String agent) {
		return new AgentStateChanged(at, agent, AgentStateName.LOGGED_OUT, AgentStateName.NOT_READY, "logged in", null);
	}

	/** A data source that refuses connections while {@link #failures} is positive. */
	static final class FlakyDataSource extends DelegatingDataSource {

		final AtomicInteger failures = new AtomicInteger();

		FlakyDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.failures.getAndUpdate((left) -> (left > 0 && left != Integer.MAX_VALUE) ? left - 1 : left) > 0) {
				throw new SQLException("database is down (simulated)", "08001");
			}
			return super.getConnection();
		}

	}

	private static QueueRow queueRow(WallboardSnapshot board, String queue) {
		return board.queues().stream().filter((row) -> row.name().equals(queue)).findFirst().orElseThrow();
	}

}
