package org.switchboard.engine.metrics;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.engine.journal.ContactEvent.AbandonPoint;
import org.switchboard.engine.journal.ContactEvent.EndedBy;
import org.switchboard.engine.journal.ContactEvent.OfferFailure;
import org.switchboard.engine.journal.ContactEvent.OverflowReason;
import org.switchboard.engine.journal.EngineEvent;

/**
 * Journal events written one per line, {@code HH:MM:SS WHAT args}, on one UTC day; the
 * notation of the worked example in docs/metrics.md.
 */
final class Timeline {

	static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

	private final List<EngineEvent> events = new ArrayList<>();

	private final Map<String, AgentStateName> agentStates = new HashMap<>();

	static List<EngineEvent> parse(String text) {
		Timeline timeline = new Timeline();
		text.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).forEach(timeline::line);
		return timeline.events;
	}

	static Instant at(String hhmmss) {
		return LocalTime.parse(hhmmss).atDate(DAY.atZone(ZoneOffset.UTC).toLocalDate()).toInstant(ZoneOffset.UTC);
	}

	private void line(String line) {
		String[] w = line.split("\\s+");
		Instant at = at(w[0]);
		this.events.add(switch (w[1]) {
			case "AGENT" -> agent(at, w[2], AgentStateName.valueOf(w[3]));
			case "QUEUED" -> new ContactEvent.ContactQueued(at, w[2], w[3], 0);
			case "OFFERED" -> new ContactEvent.ContactOffered(at, w[2], w[3], w[4]);
			case "OFFER_FAILED" -> new ContactEvent.OfferFailed(at, w[2], w[3], w[4], OfferFailure.NO_ANSWER);
			case "ANSWERED" -> new ContactEvent.ContactAnswered(at, w[2], w[3], w[4]);
			case "HELD" -> new ContactEvent.ContactHeld(at, w[2], w[3]);
			case "RETRIEVED" -> new ContactEvent.ContactRetrieved(at, w[2], w[3]);
			case "TRANSFERRED" -> new ContactEvent.ContactTransferred(at, w[2], w[3], w[4]);
			case "ABANDONED" -> new ContactEvent.ContactAbandoned(at, w[2], w[3], AbandonPoint.QUEUE);
			case "OVERFLOWED" -> new ContactEvent.ContactOverflowed(at, w[2], w[3], w[4], OverflowReason.MAX_WAIT);
			case "ENDED" -> new ContactEvent.ContactEnded(at, w[2], EndedBy.valueOf(w[3]));
			case "WRAP_UP_DONE" -> new ContactEvent.WrapUpDone(at, w[2], w[3]);
			default -> throw new IllegalArgumentException("unknown event in line: " + line);
		});
	}

	private AgentStateChanged agent(Instant at, String agentId, AgentStateName to) {
		AgentStateName from = this.agentStates.getOrDefault(agentId, AgentStateName.LOGGED_OUT);
		this.agentStates.put(agentId, to);
		return new AgentStateChanged(at, agentId, from, to, null, null);
	}

}
