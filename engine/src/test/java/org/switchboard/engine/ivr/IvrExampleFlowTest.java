package org.switchboard.engine.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.switchboard.engine.Action;
import org.switchboard.engine.Input;
import org.switchboard.engine.journal.ContactEvent.IvrInput;
import org.switchboard.engine.journal.ContactEvent.IvrNodeEntered;
import org.switchboard.engine.journal.EngineEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.engine.ivr.TestFlows.toQueue;

/**
 * The configuration file's example flow, loaded from its map shape and run end to end.
 */
class IvrExampleFlowTest {

	private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	private final List<EngineEvent> events = new ArrayList<>();

	private final IvrSession session = new IvrSession(IvrFlows.load("main", IvrFlowsTest.exampleFlow()), "c1",
			"13800138000", Map.of(), IvrContext.ALWAYS_OPEN, this.events::add);

	@Test
	void callerPressingOneReachesTheGeneralQueue() {
		IvrStep ask = this.session.start(T0);
		IvrStep queued = this.session.on(new Input.DigitsCollected("c1", "1"), T0.plusSeconds(3));

		assertThat(ask.toAction("c1"))
			.isEqualTo(Optional.of(new Action.CollectDigits("c1", "welcome", 1, null, Duration.ofSeconds(5))));
		assertThat(queued).isEqualTo(toQueue("general"));
		assertThat(this.events).containsExactly(new IvrNodeEntered(T0, "c1", "main", "welcome"),
				new IvrInput(T0.plusSeconds(3), "c1", "main", "welcome", "1"),
				new IvrNodeEntered(T0.plusSeconds(3), "c1", "main", "general"));
		assertThat(this.session.screenPop()).containsEntry("ivr.flow", "main")
			.containsEntry("ivr.path", "welcome>general")
			.containsEntry("ivr.digits", "welcome=1")
			.containsEntry("caller", "13800138000");
	}

	@Test
	void silentCallerIsAskedThreeTimesThenSentToTheGeneralQueue() {
		List<IvrStep> steps = new ArrayList<>();
		steps.add(this.session.start(T0));
		for (int attempt = 1; attempt <= 3; attempt++) {
			steps.add(this.session.on(new Input.DigitsCollected("c1", ""), T0.plusSeconds(5L * attempt)));
		}

		assertThat(steps).hasSize(4);
		assertThat(steps.subList(0, 3)).allMatch(IvrStep.Collect.class::isInstance);
		assertThat(steps.get(3)).isEqualTo(toQueue("general"));
		assertThat(this.events).filteredOn(IvrInput.class::isInstance).hasSize(3);
		assertThat(this.session.path()).containsExactly("welcome", "general");
		assertThat(this.session.finished()).isTrue();
	}

}
