package org.switchboard.server.journal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.engine.journal.ContactEvent.AbandonPoint;
import org.switchboard.engine.journal.ContactEvent.ContactAbandoned;
import org.switchboard.engine.journal.ContactEvent.ContactAnswered;
import org.switchboard.engine.journal.ContactEvent.ContactArrived;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;
import org.switchboard.engine.journal.ContactEvent.ContactHeld;
import org.switchboard.engine.journal.ContactEvent.ContactOffered;
import org.switchboard.engine.journal.ContactEvent.ContactOverflowed;
import org.switchboard.engine.journal.ContactEvent.ContactQueued;
import org.switchboard.engine.journal.ContactEvent.ContactRejected;
import org.switchboard.engine.journal.ContactEvent.ContactRetrieved;
import org.switchboard.engine.journal.ContactEvent.ContactTransferred;
import org.switchboard.engine.journal.ContactEvent.EndedBy;
import org.switchboard.engine.journal.ContactEvent.IvrInput;
import org.switchboard.engine.journal.ContactEvent.IvrNodeEntered;
import org.switchboard.engine.journal.ContactEvent.OfferFailed;
import org.switchboard.engine.journal.ContactEvent.OfferFailure;
import org.switchboard.engine.journal.ContactEvent.OverflowReason;
import org.switchboard.engine.journal.ContactEvent.SurveyScored;
import org.switchboard.engine.journal.ContactEvent.WrapUpDone;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.InvariantViolated;

import static org.assertj.core.api.Assertions.assertThat;

/** Every engine event type survives a trip through a journal row unchanged. */
class JournalCodecTests {

	private static final Instant AT = Instant.parse("2026-03-02T09:00:00.123Z");

	private static final List<EngineEvent> ONE_OF_EACH = List.of(
			new ContactArrived(AT, "c1", "13800138000", "4000", Map.of("vip", "yes")),
			new IvrNodeEntered(AT, "c1", "main", "menu"), new IvrInput(AT, "c1", "main", "menu", "1"),
			new ContactQueued(AT, "c1", "sales", 3), new ContactOffered(AT, "c1", "sales", "a1"),
			new OfferFailed(AT, "c1", "sales", "a1", OfferFailure.NO_ANSWER),
			new ContactAnswered(AT, "c1", "sales", "a1"), new ContactHeld(AT, "c1", "a1"),
			new ContactRetrieved(AT, "c1", "a1"), new ContactTransferred(AT, "c1", "a1", "queue:support"),
			new ContactAbandoned(AT, "c1", "sales", AbandonPoint.QUEUE),
			new ContactOverflowed(AT, "c1", "sales", "queue:backup", OverflowReason.MAX_WAIT),
			new ContactRejected(AT, "c1", "blacklisted"), new ContactEnded(AT, "c1", EndedBy.CALLER),
			new WrapUpDone(AT, "c1", "a1"), new SurveyScored(AT, "c1", "a1", 5),
			new AgentStateChanged(AT, "a1", AgentStateName.READY, AgentStateName.NOT_READY, "lunch", null),
			new InvariantViolated(AT, "one call per agent", "a1 in c1 and c2"));

	@Test
	void decodesWhatItEncodedForEveryEventType() {
		long seq = 0;
		for (EngineEvent event : ONE_OF_EACH) {
			JournalEntry row = JournalCodec.encode("e1", ++seq, event);

			assertThat(row.type()).isEqualTo(event.type());
			assertThat(JournalCodec.decode(row)).isEqualTo(event);
		}
	}

	@Test
	void theSampleCoversEveryEventTypeTheEngineHas() {
		List<Class<?>> sampled = ONE_OF_EACH.stream().<Class<?>>map(Object::getClass).toList();

		assertThat(sampled).containsAll(Arrays.asList(ContactEvent.class.getPermittedSubclasses()));
	}

	@Test
	void skipsATypeThisVersionDoesNotKnow() {
		JournalEntry future = new JournalEntry("id", "e1", 1, "CONTACT_TELEPORTED", AT, "c1", null, null,
				"{\"at\":\"2026-03-02T09:00:00Z\"}");

		assertThat(JournalCodec.decode(future)).isNull();
	}

}
