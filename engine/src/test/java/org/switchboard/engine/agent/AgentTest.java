package org.switchboard.engine.agent;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentTest {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private final Agent agent = new Agent("a1");

	@Test
	void walksANormalWorkingCycleAndJournalsEachMove() {
		this.agent.moveTo(AgentStateName.NOT_READY, Agent.LOGGED_IN, null, T0);
		this.agent.moveTo(AgentStateName.READY, null, null, T0.plusSeconds(1));
		this.agent.moveTo(AgentStateName.RESERVED, null, "c1", T0.plusSeconds(2));
		this.agent.moveTo(AgentStateName.ON_CALL, null, "c1", T0.plusSeconds(5));
		this.agent.moveTo(AgentStateName.HOLD, null, "c1", T0.plusSeconds(65));
		this.agent.moveTo(AgentStateName.ON_CALL, null, "c1", T0.plusSeconds(95));
		AgentStateChanged wrap = this.agent.moveTo(AgentStateName.WRAP_UP, null, "c1", T0.plusSeconds(125));
		this.agent.moveTo(AgentStateName.READY, null, null, T0.plusSeconds(155));

		assertThat(wrap).isEqualTo(new AgentStateChanged(T0.plusSeconds(125), "a1", AgentStateName.ON_CALL,
				AgentStateName.WRAP_UP, null, "c1"));
		assertThat(this.agent.callsToday()).isEqualTo(1);
		assertThat(this.agent.talkTimeToday()).isEqualTo(Duration.ofSeconds(120));
		assertThat(this.agent.idleSinceMillis()).isEqualTo(T0.plusSeconds(155).toEpochMilli());
	}

	@Test
	void refusesToRingAnAgentWhoIsNotReady() {
		this.agent.moveTo(AgentStateName.NOT_READY, "lunch", null, T0);

		assertThatThrownBy(() -> this.agent.moveTo(AgentStateName.RESERVED, null, "c1", T0))
			.isInstanceOf(IllegalAgentTransitionException.class)
			.hasMessageContaining("a1")
			.hasMessageContaining("NOT_READY to RESERVED");
		assertThat(this.agent.state()).isEqualTo(AgentStateName.NOT_READY);
	}

	@Test
	void refusesMovesOutsideTheStateMachine() {
		assertThat(AgentTransitions.allowed(AgentStateName.LOGGED_OUT, AgentStateName.READY)).isFalse();
		assertThat(AgentTransitions.allowed(AgentStateName.READY, AgentStateName.ON_CALL)).isFalse();
		assertThat(AgentTransitions.allowed(AgentStateName.ON_CALL, AgentStateName.RESERVED)).isFalse();
		assertThat(AgentTransitions.allowed(AgentStateName.WRAP_UP, AgentStateName.ON_CALL)).isFalse();
		assertThat(AgentTransitions.allowed(AgentStateName.HOLD, AgentStateName.LOGGED_OUT)).isFalse();
		assertThat(AgentTransitions.allowed(AgentStateName.RESERVED, AgentStateName.READY)).isTrue();
		assertThatThrownBy(() -> this.agent.moveTo(AgentStateName.ON_CALL, null, "c1", T0))
			.isInstanceOf(IllegalAgentTransitionException.class);
	}

	@Test
	void notReadyReasonIsDataAndChangesWithoutLeavingTheState() {
		this.agent.moveTo(AgentStateName.NOT_READY, "training", null, T0);
		AgentStateChanged change = this.agent.moveTo(AgentStateName.NOT_READY, "coaching session", null, T0);

		assertThat(change.reason()).isEqualTo("coaching session");
		assertThat(this.agent.reason()).isEqualTo("coaching session");
	}

	@Test
	void missesCountInARowAndResetOnAnswer() {
		this.agent.moveTo(AgentStateName.NOT_READY, Agent.LOGGED_IN, null, T0);
		this.agent.moveTo(AgentStateName.READY, null, null, T0);
		assertThat(this.agent.recordMiss()).isEqualTo(1);
		assertThat(this.agent.recordMiss()).isEqualTo(2);

		this.agent.moveTo(AgentStateName.RESERVED, null, "c1", T0);
		this.agent.moveTo(AgentStateName.ON_CALL, null, "c1", T0);

		assertThat(this.agent.consecutiveMisses()).isZero();
	}

	@Test
	void todayCountersResetOnlyAtANewDay() {
		this.agent.moveTo(AgentStateName.NOT_READY, Agent.LOGGED_IN, null, T0);
		this.agent.moveTo(AgentStateName.READY, null, null, T0);
		this.agent.moveTo(AgentStateName.RESERVED, null, "c1", T0);
		this.agent.moveTo(AgentStateName.ON_CALL, null, "c1", T0);
		this.agent.moveTo(AgentStateName.READY, null, null, T0.plusSeconds(30));
		this.agent.moveTo(AgentStateName.NOT_READY, "break", null, T0.plusSeconds(40));
		this.agent.moveTo(AgentStateName.READY, null, null, T0.plusSeconds(50));
		assertThat(this.agent.callsToday()).isEqualTo(1);

		this.agent.startNewDay();

		assertThat(this.agent.callsToday()).isZero();
		assertThat(this.agent.talkMillisToday()).isZero();
	}

}
