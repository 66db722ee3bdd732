package org.switchboard.engine.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

import static org.assertj.core.api.Assertions.assertThat;

/** The day's counters folded from journalled moves equal the live agent's. */
class AgentDayTest {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private final Agent agent = new Agent("a1");

	private final List<AgentStateChanged> journal = new ArrayList<>();

	private void move(AgentStateName to, String contact, long second) {
		this.journal.add(this.agent.moveTo(to, (to == AgentStateName.NOT_READY) ? "break" : null, contact,
				T0.plusSeconds(second)));
	}

	@Test
	void foldingTheJournalGivesTheLiveAgentsCallsAndTalkTime() {
		move(AgentStateName.NOT_READY, null, 0);
		move(AgentStateName.READY, null, 1);
		move(AgentStateName.RESERVED, "c1", 2);
		move(AgentStateName.ON_CALL, "c1", 4);
		move(AgentStateName.HOLD, "c1", 30);
		move(AgentStateName.ON_CALL, "c1", 50);
		move(AgentStateName.WRAP_UP, "c1", 90);
		move(AgentStateName.READY, null, 120);
		move(AgentStateName.RESERVED, "c2", 130);
		move(AgentStateName.READY, null, 145);
		move(AgentStateName.RESERVED, "c3", 150);
		move(AgentStateName.ON_CALL, "c3", 151);
		move(AgentStateName.NOT_READY, null, 211);

		AgentDay folded = new AgentDay();
		this.journal.forEach(folded::moved);

		assertThat(folded.calls()).isEqualTo(this.agent.callsToday()).isEqualTo(2);
		assertThat(folded.talkTime()).isEqualTo(this.agent.talkTimeToday()).isEqualTo(Duration.ofSeconds(146));
	}

	@Test
	void aCallWhoseAnswerWasNotSeenAddsNoTalkTime() {
		AgentDay folded = new AgentDay();

		folded.moved(AgentStateName.ON_CALL, AgentStateName.WRAP_UP, T0.toEpochMilli());

		assertThat(folded.calls()).isZero();
		assertThat(folded.talkMillis()).isZero();
	}

	@Test
	void aNewDayStartsFromZero() {
		AgentDay day = new AgentDay();
		day.restore(4, 60_000);
		day.moved(AgentStateName.RESERVED, AgentStateName.ON_CALL, 0);

		day.startNewDay();
		day.moved(AgentStateName.ON_CALL, AgentStateName.WRAP_UP, 10_000);

		assertThat(day.calls()).isZero();
		assertThat(day.talkMillis()).as("the call under way at midnight counts for the new day").isEqualTo(10_000);
	}

}
