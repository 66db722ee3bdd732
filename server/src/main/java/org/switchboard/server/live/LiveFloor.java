package org.switchboard.server.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.engine.journal.ContactEvent.ContactAbandoned;
import org.switchboard.engine.journal.ContactEvent.ContactAnswered;
import org.switchboard.engine.journal.ContactEvent.ContactArrived;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;
import org.switchboard.engine.journal.ContactEvent.ContactOverflowed;
import org.switchboard.engine.journal.ContactEvent.ContactQueued;
import org.switchboard.engine.journal.ContactEvent.ContactRejected;
import org.switchboard.engine.journal.ContactEvent.ContactTransferred;
import org.switchboard.engine.journal.ContactEvent.IvrInput;
import org.switchboard.engine.journal.ContactEvent.IvrNodeEntered;
import org.switchboard.engine.journal.ContactEvent.OfferFailed;
import org.switchboard.engine.journal.ContactEvent.OfferFailure;
import org.switchboard.engine.journal.ContactEvent.WrapUpDone;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.metrics.AgentFigures;
import org.switchboard.engine.metrics.KpiCalculator;
import org.switchboard.engine.metrics.KpiReport;
import org.switchboard.engine.metrics.KpiSettings;
import org.switchboard.engine.metrics.QueueFigures;
import org.switchboard.server.live.AgentSnapshot.ContactInfo;
import org.switchboard.server.live.WallboardSnapshot.AgentRow;
import org.switchboard.server.live.WallboardSnapshot.Alert;
import org.switchboard.server.live.WallboardSnapshot.QueueRow;

/**
 * The floor as the journal tells it, kept current by every engine event: today's KPIs
 * (the engine's {@link KpiCalculator}, restarted at local midnight), each agent's state
 * and contact, the contacts in progress and the missed rings. Events arrive on the engine
 * thread; snapshots are taken on other threads, so every method holds the monitor (an
 * event costs a few map updates).
 */
public class LiveFloor {

	private final LiveProperties properties;

	private final ZoneId zone;

	private final LongSupplier wallMillis;

	private final Map<String, AgentLive> agents = new LinkedHashMap<>();

	private final Map<String, ContactLive> contacts = new LinkedHashMap<>();

	/** How many agents hold each contact (an ended contact is kept while any does). */
	private final Map<String, Integer> holders = new HashMap<>();

	private final List<Alert> missedRings = new ArrayList<>();

	private volatile Roster roster = Roster.empty();

	private KpiCalculator today;

	private LocalDate day;

	private Instant lastEventAt;

	private volatile long version;

	private long eventWallMillis;

	public LiveFloor(LiveProperties properties, ZoneId zone, LongSupplier wallMillis) {
		this.properties = properties;
		this.zone = zone;
		this.wallMillis = wallMillis;
	}

	/** Replaces the names, memberships and queue list shown. */
	public void roster(Roster roster) {
		this.roster = roster;
	}

	/** Counts of events seen; changes whenever a snapshot would. */
	public long version() {
		return this.version;
	}

	/** Takes one engine event (engine thread). */
	public synchronized void on(EngineEvent event) {
		rollDay(event.at());
		this.today.append(event);
		this.lastEventAt = event.at();
		if (event instanceof AgentStateChanged changed) {
			onAgent(changed);
		}
		else if (event instanceof ContactEvent contactEvent) {
			onContact(contactEvent);
		}
		this.eventWallMillis = this.wallMillis.getAsLong();
		this.version++;
	}

	/**
	 * Called after the journal of earlier runs was replayed through {@link #on}: the
	 * contacts those runs left in progress ended with them (the engine starts with none),
	 * so they no longer wait or ring; today's figures keep them as the journal counted
	 * them.
	 */
	public synchronized void earlierRunsEnded() {
		this.contacts.clear();
		this.agents.values().forEach((agent) -> agent.contactId = null);
		this.holders.clear();
		this.version++;
	}

	private void rollDay(Instant at) {
		LocalDate date = at.atZone(this.zone).toLocalDate();
		if (this.today == null || date.isAfter(this.day)) {
			Instant midnight = date.atStartOfDay(this.zone).toInstant();
			this.today = new KpiCalculator(new KpiSettings(Duration.ofMinutes(30),
					this.properties.serviceLevelThreshold(), Duration.ofSeconds(5), midnight, null));
			this.day = date;
			this.missedRings.clear();
		}
	}

	private void onAgent(AgentStateChanged changed) {
		AgentLive agent = this.agents.computeIfAbsent(changed.agentId(), (id) -> new AgentLive());
		agent.state = changed.to();
		agent.reason = changed.reason();
		agent.since = changed.at();
		if (changed.to() == AgentStateName.LOGGED_OUT || changed.to() == AgentStateName.READY
				|| changed.to() == AgentStateName.NOT_READY) {
			String done = agent.contactId;
			holds(agent, null);
			forgetIfDone(done);
		}
		else if (changed.contactId() != null) {
			holds(agent, changed.contactId());
		}
	}

	private void onContact(ContactEvent event) {
		ContactLive contact = this.contacts.computeIfAbsent(event.contactId(), ContactLive::new);
		if (event instanceof ContactArrived e) {
			contact.callerNumber = e.callerNumber();
			contact.dialedNumber = e.dialedNumber();
			contact.arrivedAt = e.at();
		}
		else if (event instanceof IvrNodeEntered e) {
			contact.ivrPath.add(e.flow() + "/" + e.node());
		}
		else if (event instanceof IvrInput e) {
			contact.ivrDigits.add(e.node() + "=" + e.digits());
		}
		else if (event instanceof ContactQueued e) {
			contact.queue = e.queue();
			contact.queuedAt = e.at();
			contact.waiting = true;
		}
		else if (event instanceof OfferFailed e) {
			onOfferFailed(e);
		}
		else if (event instanceof ContactAnswered e) {
			contact.answeredAt = e.at();
			contact.waiting = false;
		}
		else if (event instanceof ContactTransferred || event instanceof ContactOverflowed
				|| event instanceof ContactAbandoned || event instanceof ContactRejected) {
			contact.waiting = false;
		}
		else if (event instanceof ContactEnded e) {
			contact.waiting = false;
			contact.endedAt = e.at();
			forgetIfDone(contact.id);
		}
		else if (event instanceof WrapUpDone e) {
			this.contacts.remove(e.contactId());
		}
	}

	private void onOfferFailed(OfferFailed failed) {
		if (failed.reason() == OfferFailure.NO_ANSWER || failed.reason() == OfferFailure.REJECTED) {
			this.missedRings.add(new Alert("MISSED_RING", failed.agentId(), failed.at().toEpochMilli()));
		}
	}

	/**
	 * Points {@code agent} at {@code contactId} (null: none), keeping the holder counts.
	 */
	private void holds(AgentLive agent, String contactId) {
		if (agent.contactId != null) {
			this.holders.computeIfPresent(agent.contactId, (id, count) -> (count > 1) ? count - 1 : null);
		}
		agent.contactId = contactId;
		if (contactId != null) {
			this.holders.merge(contactId, 1, Integer::sum);
		}
	}

	/** A contact is kept while it is in progress or an agent still works on it. */
	private void forgetIfDone(String contactId) {
		ContactLive contact = (contactId != null) ? this.contacts.get(contactId) : null;
		if (contact == null || contact.endedAt == null) {
			return;
		}
		if (!this.holders.containsKey(contactId)) {
			this.contacts.remove(contactId);
		}
	}

	/** The wallboard at {@code now}. */
	public synchronized WallboardSnapshot wallboard(Instant now) {
		KpiReport report = report();
		Roster roster = this.roster;
		List<QueueRow> queues = new ArrayList<>();
		for (String queue : queueNames(roster, report)) {
			queues.add(queueRow(queue, report.queue(queue), roster));
		}
		List<AgentRow> agents = new ArrayList<>();
		for (String id : agentIds(roster)) {
			agents.add(agentRow(id, roster));
		}
		return new WallboardSnapshot(this.version, this.eventWallMillis, now.toEpochMilli(),
				this.properties.serviceLevelFormula().label(), this.properties.serviceLevelThreshold().toSeconds(),
				queues, agents, alerts(now));
	}

	private KpiReport report() {
		if (this.today == null) {
			rollDay(Instant.ofEpochMilli(this.wallMillis.getAsLong()));
		}
		// Never count ahead of the journal: an event stamped earlier may still follow.
		return this.today.report((this.lastEventAt != null) ? this.lastEventAt : Instant.EPOCH);
	}

	private Set<String> queueNames(Roster roster, KpiReport report) {
		Set<String> names = new LinkedHashSet<>(roster.queues());
		report.queueIntervals().keySet().stream().sorted().forEach(names::add);
		return names;
	}

	private Set<String> agentIds(Roster roster) {
		Set<String> ids = new java.util.TreeSet<>(roster.agentNames().keySet());
		ids.addAll(this.agents.keySet());
		return ids;
	}

	private QueueRow queueRow(String queue, QueueFigures figures, Roster roster) {
		int waiting = 0;
		Instant longest = null;
		for (ContactLive contact : this.contacts.values()) {
			if (contact.waiting && queue.equals(contact.queue)) {
				waiting++;
				if (longest == null || contact.queuedAt.isBefore(longest)) {
					longest = contact.queuedAt;
				}
			}
		}
		Map<String, Integer> byState = new LinkedHashMap<>();
		Map<AgentStateName, Integer> counts = new EnumMap<>(AgentStateName.class);
		roster.agentQueues().forEach((agent, queues) -> {
			if (queues.contains(queue)) {
				counts.merge(stateOf(agent), 1, Integer::sum);
			}
		});
		for (AgentStateName state : AgentStateName.values()) {
			byState.put(state.name(), counts.getOrDefault(state, 0));
		}
		double sl = this.properties.serviceLevelFormula().of(figures);
		return new QueueRow(queue, waiting, (longest != null) ? longest.toEpochMilli() : null, figures.offered(),
				figures.answered(), figures.abandoned(), Double.isNaN(sl) ? null : sl,
				(figures.answered() > 0) ? figures.asaSeconds() : null, byState);
	}

	private AgentStateName stateOf(String agentId) {
		AgentLive agent = this.agents.get(agentId);
		return (agent != null) ? agent.state : AgentStateName.LOGGED_OUT;
	}

	private AgentRow agentRow(String id, Roster roster) {
		AgentLive agent = this.agents.get(id);
		String name = roster.agentNames().getOrDefault(id, id);
		if (agent == null) {
			return new AgentRow(id, name, AgentStateName.LOGGED_OUT.name(), null, null, null, null, null);
		}
		ContactLive contact = (agent.contactId != null) ? this.contacts.get(agent.contactId) : null;
		return new AgentRow(id, name, agent.state.name(), agent.reason, agent.since.toEpochMilli(), agent.contactId,
				(contact != null) ? contact.callerNumber : null,
				(contact != null && contact.answeredAt != null && contact.endedAt == null)
						? contact.answeredAt.toEpochMilli() : null);
	}

	private List<Alert> alerts(Instant now) {
		List<Alert> alerts = new ArrayList<>();
		Instant waitLimit = now.minus(this.properties.longWaitAlert());
		for (ContactLive contact : this.contacts.values()) {
			if (contact.waiting && contact.queuedAt.isBefore(waitLimit)) {
				alerts.add(new Alert("LONG_WAIT", contact.queue, contact.queuedAt.toEpochMilli()));
			}
		}
		Instant notReadyLimit = now.minus(this.properties.notReadyWarning());
		this.agents.forEach((id, agent) -> {
			if (agent.state == AgentStateName.NOT_READY && agent.since.isBefore(notReadyLimit)) {
				alerts.add(new Alert("LONG_NOT_READY", id, agent.since.toEpochMilli()));
			}
		});
		long ringLimit = now.minus(this.properties.missedRingWindow()).toEpochMilli();
		this.missedRings.stream().filter((ring) -> ring.since() >= ringLimit).forEach(alerts::add);
		alerts.sort(Comparator.comparingLong(Alert::since));
		return alerts;
	}

	/** Agent {@code id}'s desk at {@code now}. */
	public synchronized AgentSnapshot agent(String id, Instant now) {
		KpiReport report = report();
		AgentFigures figures = report.agent(id);
		AgentLive agent = this.agents.get(id);
		AgentStateName state = (agent != null) ? agent.state : AgentStateName.LOGGED_OUT;
		double notReady = figures.notReadySeconds();
		boolean warning = false;
		if (state == AgentStateName.NOT_READY) {
			Instant countedTo = (this.lastEventAt != null && this.lastEventAt.isAfter(agent.since)) ? this.lastEventAt
					: agent.since;
			notReady += Math.max(0, Duration.between(countedTo, now).toMillis()) / 1000.0;
			warning = agent.since.isBefore(now.minus(this.properties.notReadyWarning()));
		}
		ContactLive contact = (agent != null && agent.contactId != null) ? this.contacts.get(agent.contactId) : null;
		Integer wrapUp = (contact != null && contact.queue != null) ? this.roster.wrapUpSeconds().get(contact.queue)
				: null;
		return new AgentSnapshot(this.version, this.eventWallMillis, now.toEpochMilli(), id,
				this.roster.agentNames().getOrDefault(id, id), state.name(), (agent != null) ? agent.reason : null,
				(agent != null) ? agent.since.toEpochMilli() : null, warning,
				this.properties.notReadyWarning().toSeconds(), (contact != null) ? contact.info() : null, wrapUp,
				figures.handled(), (figures.handled() > 0) ? figures.averageHandleSeconds() : 0, notReady);
	}

	private static final class AgentLive {

		private AgentStateName state;

		private String reason;

		private Instant since;

		private String contactId;

	}

	private static final class ContactLive {

		private final String id;

		private final List<String> ivrPath = new ArrayList<>();

		private final List<String> ivrDigits = new ArrayList<>();

		private String callerNumber;

		private String dialedNumber;

		private Instant arrivedAt;

		private String queue;

		private Instant queuedAt;

		private Instant answeredAt;

		private Instant endedAt;

		private boolean waiting;

		ContactLive(String id) {
			this.id = id;
		}

		ContactInfo info() {
			return new ContactInfo(this.id, this.callerNumber, this.dialedNumber, this.queue,
					(this.arrivedAt != null) ? this.arrivedAt.toEpochMilli() : 0, millis(this.queuedAt),
					millis(this.answeredAt), millis(this.endedAt), List.copyOf(this.ivrPath),
					List.copyOf(this.ivrDigits));
		}

		private static Long millis(Instant at) {
			return (at != null) ? at.toEpochMilli() : null;
		}

	}

}
