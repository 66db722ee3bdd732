package org.switchboard.engine.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.engine.journal.ContactEvent.ContactAbandoned;
import org.switchboard.engine.journal.ContactEvent.ContactAnswered;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;
import org.switchboard.engine.journal.ContactEvent.ContactHeld;
import org.switchboard.engine.journal.ContactEvent.ContactOffered;
import org.switchboard.engine.journal.ContactEvent.ContactOverflowed;
import org.switchboard.engine.journal.ContactEvent.ContactQueued;
import org.switchboard.engine.journal.ContactEvent.ContactRetrieved;
import org.switchboard.engine.journal.ContactEvent.ContactTransferred;
import org.switchboard.engine.journal.ContactEvent.OfferFailed;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.Journal;

/**
 * Turns journal events, in journal order, into {@link KpiReport}s. It is a
 * {@link Journal}, so it can listen to an engine directly; it keeps one small record per
 * live contact and per agent and one accumulator per queue or agent and interval.
 * Single-threaded, like the engine it listens to.
 */
public final class KpiCalculator implements Journal {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final KpiSettings settings;

	private final long intervalNanos;

	private final long intervalSeconds;

	private final long slNanos;

	private final long shortNanos;

	private final long fromNanos;

	private final long toNanos;

	private final Map<String, ContactVisit> visits = new HashMap<>();

	private final Map<String, QueueTrack> queues = new HashMap<>();

	private final Map<String, AgentTrack> agents = new HashMap<>();

	private final AgentTrack[] recentAgents = new AgentTrack[256];

	public KpiCalculator(KpiSettings settings) {
		this.settings = settings;
		this.intervalSeconds = settings.interval().toSeconds();
		this.intervalNanos = this.intervalSeconds * NANOS_PER_SECOND;
		this.slNanos = settings.serviceLevelThreshold().toNanos();
		this.shortNanos = settings.shortAbandonThreshold().toNanos();
		this.fromNanos = (settings.from() != null) ? nanos(settings.from()) : Long.MIN_VALUE;
		this.toNanos = (settings.to() != null) ? nanos(settings.to()) : Long.MAX_VALUE;
	}

	@Override
	public void append(EngineEvent event) {
		if (event instanceof ContactEvent contactEvent) {
			onContact(contactEvent, nanos(event.at()));
		}
		else if (event instanceof AgentStateChanged changed) {
			onAgentState(changed, nanos(event.at()));
		}
	}

	private void onContact(ContactEvent event, long at) {
		if (event instanceof ContactQueued e) {
			onQueued(e, at);
		}
		else if (event instanceof ContactOffered e) {
			ContactVisit visit = this.visits.get(e.contactId());
			if (visit != null && visit.offeredAt == Long.MIN_VALUE) {
				visit.offeredAt = at;
			}
		}
		else if (event instanceof OfferFailed e) {
			onOfferFailed(e);
		}
		else if (event instanceof ContactAnswered e) {
			onAnswered(e, at);
		}
		else if (event instanceof ContactHeld e) {
			ContactVisit visit = this.visits.get(e.contactId());
			if (visit != null && visit.state == ContactVisit.State.TALKING && visit.holdStart == Long.MIN_VALUE) {
				visit.holdStart = at;
			}
		}
		else if (event instanceof ContactRetrieved e) {
			ContactVisit visit = this.visits.get(e.contactId());
			if (visit != null) {
				visit.endHold(at);
			}
		}
		else if (event instanceof ContactTransferred e) {
			onTransferred(e, at);
		}
		else if (event instanceof ContactAbandoned e) {
			onAbandoned(e, at);
		}
		else if (event instanceof ContactOverflowed e) {
			ContactVisit visit = this.visits.get(e.contactId());
			if (visit != null && visit.state == ContactVisit.State.WAITING) {
				visit.remove();
			}
		}
		else if (event instanceof ContactEnded e) {
			onEnded(e, at);
		}
	}

	private void onQueued(ContactQueued e, long at) {
		ContactVisit previous = this.visits.get(e.contactId());
		if (previous != null && previous.state == ContactVisit.State.WAITING) {
			previous.remove();
		}
		QueueAccumulator bucket = inWindow(at) ? queueBucket(e.queue(), at) : null;
		ContactVisit visit = new ContactVisit(bucket, at);
		if (bucket != null) {
			bucket.offered++;
		}
		this.visits.put(e.contactId(), visit);
	}

	private void onOfferFailed(OfferFailed e) {
		ContactVisit visit = this.visits.get(e.contactId());
		if (visit != null && visit.state == ContactVisit.State.WAITING) {
			visit.offeredAt = Long.MIN_VALUE;
			if (visit.bucket != null) {
				visit.bucket.offerFailures++;
			}
		}
	}

	private void onAnswered(ContactAnswered e, long at) {
		ContactVisit visit = this.visits.get(e.contactId());
		if (visit == null || visit.state != ContactVisit.State.WAITING) {
			// answered without a queue (entry agent:ID or a direct transfer): agent
			// figures
			// only
			visit = new ContactVisit(null, at);
			this.visits.put(e.contactId(), visit);
		}
		visit.state = ContactVisit.State.TALKING;
		visit.answeredAt = at;
		QueueAccumulator bucket = visit.bucket;
		if (bucket != null) {
			long wait = at - visit.queuedAt;
			bucket.answered++;
			bucket.waitAnsweredNanos += wait;
			if (wait <= this.slNanos) {
				bucket.answeredWithin++;
			}
			if (visit.offeredAt != Long.MIN_VALUE) {
				bucket.ringNanos += at - visit.offeredAt;
			}
		}
		AgentTrack agent = agent(e.agentId());
		if (inWindow(at)) {
			visit.agentBucket = agent.bucket(intervalIndex(at));
			visit.agentBucket.handled++;
		}
		agent.lastVisit = visit;
	}

	private void onTransferred(ContactTransferred e, long at) {
		ContactVisit visit = this.visits.remove(e.contactId());
		if (visit != null && visit.state == ContactVisit.State.TALKING) {
			visit.endTalk(at);
			if (visit.bucket != null) {
				visit.bucket.transferred++;
			}
			if (visit.agentBucket != null) {
				visit.agentBucket.transferred++;
			}
		}
	}

	private void onAbandoned(ContactAbandoned e, long at) {
		ContactVisit visit = this.visits.get(e.contactId());
		if (visit == null || visit.state != ContactVisit.State.WAITING) {
			return;
		}
		visit.state = ContactVisit.State.DONE;
		QueueAccumulator bucket = visit.bucket;
		if (bucket != null) {
			long wait = at - visit.queuedAt;
			bucket.abandoned++;
			bucket.waitAbandonedNanos += wait;
			if (wait <= this.slNanos) {
				bucket.abandonedWithin++;
			}
			if (wait <= this.shortNanos) {
				bucket.shortAbandons++;
			}
		}
	}

	private void onEnded(ContactEnded e, long at) {
		ContactVisit visit = this.visits.remove(e.contactId());
		if (visit == null) {
			return;
		}
		if (visit.state == ContactVisit.State.WAITING) {
			visit.remove();
		}
		else if (visit.state == ContactVisit.State.TALKING) {
			visit.endTalk(at);
		}
	}

	private void onAgentState(AgentStateChanged e, long at) {
		AgentTrack agent = agent(e.agentId());
		if (agent.state != null) {
			addStateTime(agent, agent.state, agent.since, at);
			if (agent.state == AgentStateName.WRAP_UP && agent.lastVisit != null) {
				agent.lastVisit.addAfterCallWork(at - agent.since);
			}
		}
		agent.state = e.to();
		agent.since = at;
	}

	private void addStateTime(AgentTrack agent, AgentStateName state, long from, long to) {
		if (state == AgentStateName.LOGGED_OUT) {
			return;
		}
		long start = Math.max(from, this.fromNanos);
		long end = Math.min(to, this.toNanos);
		while (start < end) {
			long index = Math.floorDiv(start, this.intervalNanos);
			long stop = Math.min(end, (index + 1) * this.intervalNanos);
			agent.bucket(index).stateNanos[state.ordinal()] += stop - start;
			start = stop;
		}
	}

	/**
	 * The figures so far. Agent states still open are counted up to {@code end} (clipped
	 * to the window); counting continues from there if more events follow. Contacts still
	 * waiting appear as {@link QueueFigures#open()}; talk of contacts still connected is
	 * not yet counted.
	 */
	public KpiReport report(Instant end) {
		long endNanos = nanos(end);
		for (AgentTrack agent : this.agents.values()) {
			if (agent.state != null && endNanos > agent.since) {
				addStateTime(agent, agent.state, agent.since, endNanos);
				if (agent.state == AgentStateName.WRAP_UP && agent.lastVisit != null) {
					agent.lastVisit.addAfterCallWork(endNanos - agent.since);
				}
				agent.since = endNanos;
			}
		}
		Map<String, List<QueueFigures>> queueRows = new HashMap<>();
		this.queues.forEach((name, track) -> queueRows.put(name,
				track.byInterval.values()
					.stream()
					.sorted(Comparator.comparingLong((QueueAccumulator a) -> a.intervalStartSecond))
					.map(QueueAccumulator::snapshot)
					.toList()));
		Map<String, List<AgentFigures>> agentRows = new HashMap<>();
		this.agents.forEach((id, track) -> {
			List<AgentFigures> rows = new ArrayList<>();
			track.byInterval.values()
				.stream()
				.sorted(Comparator.comparingLong((AgentAccumulator a) -> a.intervalStartSecond))
				.forEach((a) -> rows.add(a.snapshot()));
			agentRows.put(id, rows);
		});
		return new KpiReport(this.settings, queueRows, agentRows);
	}

	private boolean inWindow(long at) {
		return at >= this.fromNanos && at < this.toNanos;
	}

	private long intervalIndex(long at) {
		return Math.floorDiv(at, this.intervalNanos);
	}

	private QueueAccumulator queueBucket(String queue, long at) {
		QueueTrack track = this.queues.computeIfAbsent(queue, QueueTrack::new);
		return track.bucket(intervalIndex(at));
	}

	private AgentTrack agent(String agentId) {
		// engines pass the same id instances again and again: a one-entry cache per slot
		int slot = System.identityHashCode(agentId) & (this.recentAgents.length - 1);
		AgentTrack recent = this.recentAgents[slot];
		if (recent != null && recent.id == agentId) {
			return recent;
		}
		AgentTrack track = this.agents.get(agentId);
		if (track == null) {
			track = new AgentTrack(agentId);
			this.agents.put(agentId, track);
		}
		this.recentAgents[slot] = track;
		return track;
	}

	private static long nanos(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), NANOS_PER_SECOND), at.getNano());
	}

	private final class QueueTrack {

		final String name;

		final Map<Long, QueueAccumulator> byInterval = new HashMap<>();

		QueueAccumulator last;

		QueueTrack(String name) {
			this.name = name;
		}

		QueueAccumulator bucket(long index) {
			long startSecond = index * KpiCalculator.this.intervalSeconds;
			if (this.last != null && this.last.intervalStartSecond == startSecond) {
				return this.last;
			}
			this.last = this.byInterval.computeIfAbsent(startSecond, (s) -> new QueueAccumulator(this.name, s));
			return this.last;
		}

	}

	private final class AgentTrack {

		final String id;

		final Map<Long, AgentAccumulator> byInterval = new HashMap<>();

		AgentAccumulator last;

		AgentStateName state;

		long since;

		ContactVisit lastVisit;

		AgentTrack(String id) {
			this.id = id;
		}

		AgentAccumulator bucket(long index) {
			long startSecond = index * KpiCalculator.this.intervalSeconds;
			if (this.last != null && this.last.intervalStartSecond == startSecond) {
				return this.last;
			}
			this.last = this.byInterval.computeIfAbsent(startSecond, (s) -> new AgentAccumulator(this.id, s));
			return this.last;
		}

	}

}
