package org.switchboard.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.switchboard.engine.agent.Agent;
import org.switchboard.engine.Contact.Phase;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.OfferFailure;
import org.switchboard.engine.journal.Journal;
import org.switchboard.engine.routing.Member;

/**
 * The contact-center engine: a single-writer state machine that turns adapter
 * {@link Input}s and the passing of time into {@link Action}s and journal events. It
 * never reads a clock: every call passes {@code now}, and timers (ring leases, wrap-up,
 * maximum waits) are data fired by {@link #tick} or by the next {@link #handle}. Not
 * thread-safe by design: exactly one thread may call it.
 */
public final class Engine {

	private static final Logger log = LoggerFactory.getLogger(Engine.class);

	private final CenterState state;

	private final Admission admission;

	private final Matcher matcher;

	private final AgentDesk desk;

	private final Calls calls;

	private final CenterLayout layout;

	private long nextMidnightMillis = Long.MIN_VALUE;

	public Engine(CenterConfig config, Journal journal, RandomGenerator random) {
		this.state = new CenterState(config.validate(), journal, random);
		this.admission = new Admission(this.state);
		this.matcher = new Matcher(this.state);
		this.desk = new AgentDesk(this.state);
		this.calls = new Calls(this.state);
		IvrRunner ivr = new IvrRunner(this.state);
		this.admission.matcher = this.matcher;
		this.admission.ivr = ivr;
		this.matcher.admission = this.admission;
		this.matcher.desk = this.desk;
		this.desk.matcher = this.matcher;
		this.desk.admission = this.admission;
		this.calls.admission = this.admission;
		this.calls.matcher = this.matcher;
		this.calls.desk = this.desk;
		this.calls.ivr = ivr;
		ivr.admission = this.admission;
		this.layout = new CenterLayout(this.state, this.admission);
		this.layout.build(config);
	}

	/**
	 * Handles one input at {@code now}, after firing the timers due by then. Returns the
	 * actions caused, in order: the caller may keep the list but must not change it.
	 */
	public List<Action> handle(Input input, Instant now) {
		begin(now);
		dispatch(input);
		return this.state.actions;
	}

	/**
	 * Fires every timer due at {@code now}; returns the actions caused, as
	 * {@link #handle} does.
	 */
	public List<Action> tick(Instant now) {
		begin(now);
		return this.state.actions;
	}

	/** The earliest pending timer, so that a discrete-event simulator can jump to it. */
	public Optional<Instant> nextDeadline() {
		long next = this.state.timers.next();
		return (next < 0) ? Optional.empty() : Optional.of(Instant.ofEpochMilli(next));
	}

	/**
	 * Applies a new configuration at {@code now}. Waiting contacts stay in queues that
	 * keep their name, those of removed queues are rejected; removed agents log out once
	 * free. Returns the actions the change caused (e.g. offers to newly qualified
	 * agents).
	 */
	public List<Action> reconfigure(CenterConfig config, Instant now) {
		config.validate();
		begin(now);
		for (AgentEntry agent : this.state.agents.values()) {
			if (agent.agent.state() == AgentStateName.READY) {
				agent.leaveReadyPools();
			}
		}
		this.layout.apply(config);
		for (AgentEntry agent : new ArrayList<>(this.state.agents.values())) {
			if (agent.agent.state() == AgentStateName.READY) {
				this.matcher.agentAvailable(agent);
			}
		}
		return this.state.actions;
	}

	/** A snapshot of agent {@code id}, or null if there is no such agent. */
	public AgentView agent(String id) {
		AgentEntry entry = this.state.agents.get(id);
		if (entry == null) {
			return null;
		}
		Agent agent = entry.agent;
		return new AgentView(agent.id(), entry.config.name(), agent.state(), agent.reason(),
				(entry.contact != null) ? entry.contact.id : entry.wrapUpContactId, agent.stateSince(),
				agent.callsToday(), agent.talkTimeToday(), entry.members.stream().map(Member::queue).toList());
	}

	/** A snapshot of queue {@code name}, or null if there is no such queue. */
	public QueueView queue(String name) {
		QueueState queue = this.state.queues.get(name);
		if (queue == null) {
			return null;
		}
		Map<AgentStateName, Integer> byState = new EnumMap<>(AgentStateName.class);
		for (AgentStateName stateName : AgentStateName.values()) {
			byState.put(stateName, 0);
		}
		for (Member member : queue.members) {
			byState.merge(member.agent().state(), 1, Integer::sum);
		}
		long since = queue.longestWaitingSinceMillis();
		return new QueueView(name, queue.waitingCount(), (since < 0) ? null : Instant.ofEpochMilli(since), byState,
				queue.loggedInQualified, queue.estimatedWaitSeconds());
	}

	/** Contacts the engine currently tracks (in IVR, queued, ringing, talking). */
	public int activeContacts() {
		return this.state.contacts.size();
	}

	private void begin(Instant now) {
		this.state.actions = CenterState.NO_ACTIONS;
		if (now.isBefore(this.state.now)) {
			log.debug("clock went back from {} to {}; keeping {}", this.state.now, now, this.state.now);
			now = this.state.now;
		}
		Timers.Timer due;
		while ((due = this.state.timers.pollDue(now.toEpochMilli())) != null) {
			at(Instant.ofEpochMilli(due.at()));
			fire(due);
		}
		at(now);
	}

	private void at(Instant now) {
		this.state.now = now;
		this.state.nowMillis = now.toEpochMilli();
		if (this.state.nowMillis >= this.nextMidnightMillis) {
			newDay();
		}
	}

	/** "Today" counters restart at midnight in the center's zone; pools are re-sorted. */
	private void newDay() {
		LocalDate today = LocalDate.ofInstant(this.state.now, this.state.config.timeZone());
		boolean first = this.nextMidnightMillis == Long.MIN_VALUE;
		this.nextMidnightMillis = today.plusDays(1)
			.atStartOfDay(this.state.config.timeZone())
			.toInstant()
			.toEpochMilli();
		if (first) {
			return;
		}
		for (AgentEntry agent : this.state.agents.values()) {
			boolean ready = agent.agent.state() == AgentStateName.READY;
			if (ready) {
				agent.leaveReadyPools();
			}
			agent.agent.startNewDay();
			if (ready) {
				agent.joinReadyPools();
			}
		}
	}

	/** Restores today's counters; a READY agent is re-sorted in its pools. */
	private void restoreDay(AgentEntry agent, Input.RestoreAgentDay restore) {
		LocalDate today = LocalDate.ofInstant(this.state.now, this.state.config.timeZone());
		if (!restore.day().equals(today)) {
			log.info("counters of agent {} for {} not restored: today is {}", agent.id(), restore.day(), today);
			return;
		}
		boolean ready = agent.agent.state() == AgentStateName.READY;
		if (ready) {
			agent.leaveReadyPools();
		}
		agent.agent.restoreDay(restore.callsToday(), restore.talkTimeToday().toMillis());
		if (ready) {
			agent.joinReadyPools();
		}
	}

	private void fire(Timers.Timer timer) {
		Contact contact = timer.contact();
		switch (timer.kind()) {
			case RING_LEASE -> this.matcher.leaseExpired(contact);
			case WRAP_UP -> this.desk.wrapUpTimedOut(timer.agent());
			case MAX_WAIT -> this.admission.maxWaitReached(contact);
			case STICKY -> this.admission.stickyExpired(contact);
			case RETRY -> this.admission.retry(contact);
			case ANNOUNCE -> this.admission.announce(contact);
		}
	}

	private void dispatch(Input input) {
		if (input instanceof Input.ContactArrives arrives) {
			this.admission.arrive(arrives);
		}
		else if (input instanceof Input.AgentLogin login) {
			withAgent(login.agentId(), this.desk::login);
		}
		else if (input instanceof Input.AgentLogout logout) {
			withAgent(logout.agentId(), this.desk::logout);
		}
		else if (input instanceof Input.AgentReady ready) {
			withAgent(ready.agentId(), this.desk::ready);
		}
		else if (input instanceof Input.AgentNotReady notReady) {
			withAgent(notReady.agentId(), (agent) -> this.desk.notReady(agent, notReady.reason()));
		}
		else if (input instanceof Input.WrapUpFinished finished) {
			withAgent(finished.agentId(), this.desk::wrapUpFinished);
		}
		else if (input instanceof Input.LegsPresent legs) {
			this.calls.reconcile(legs.contactIds());
		}
		else if (input instanceof Input.RestoreAgentDay restore) {
			withAgent(restore.agentId(), (agent) -> restoreDay(agent, restore));
		}
		else {
			dispatchContactInput(input);
		}
	}

	private void dispatchContactInput(Input input) {
		Contact contact = this.state.contacts.get(contactIdOf(input));
		if (contact == null) {
			log.debug("{} for a contact the engine no longer tracks ignored", input);
			return;
		}
		if (input instanceof Input.CallerHungUp) {
			this.calls.callerHungUp(contact);
		}
		else if (input instanceof Input.PlaybackFinished) {
			this.calls.playbackFinished(contact, input);
		}
		else if (input instanceof Input.DigitsCollected || input instanceof Input.DataLookedUp) {
			if (contact.phase == Phase.IVR) {
				this.admission.ivr.input(contact, input);
			}
		}
		else {
			dispatchAgentContactInput(input, contact);
		}
	}

	private void dispatchAgentContactInput(Input input, Contact contact) {
		if (input instanceof Input.AgentAnswered answered) {
			withAgent(answered.agentId(), (agent) -> this.matcher.answered(contact, agent));
		}
		else if (input instanceof Input.AgentRingFailed failed) {
			withAgent(failed.agentId(),
					(agent) -> this.matcher.offerFailed(contact, agent, failure(failed.reason()), false));
		}
		else if (input instanceof Input.AgentHungUp hungUp) {
			withAgent(hungUp.agentId(), (agent) -> this.calls.agentHungUp(contact, agent));
		}
		else if (input instanceof Input.Hold hold) {
			withAgent(hold.agentId(), (agent) -> this.calls.hold(contact, agent));
		}
		else if (input instanceof Input.Retrieve retrieve) {
			withAgent(retrieve.agentId(), (agent) -> this.calls.retrieve(contact, agent));
		}
		else if (input instanceof Input.Transfer transfer) {
			withAgent(transfer.agentId(), (agent) -> this.calls.transfer(contact, agent, transfer.target()));
		}
	}

	private static String contactIdOf(Input input) {
		if (input instanceof Input.CallerHungUp in) {
			return in.contactId();
		}
		if (input instanceof Input.PlaybackFinished in) {
			return in.contactId();
		}
		if (input instanceof Input.DigitsCollected in) {
			return in.contactId();
		}
		if (input instanceof Input.DataLookedUp in) {
			return in.contactId();
		}
		if (input instanceof Input.AgentAnswered in) {
			return in.contactId();
		}
		if (input instanceof Input.AgentRingFailed in) {
			return in.contactId();
		}
		if (input instanceof Input.AgentHungUp in) {
			return in.contactId();
		}
		if (input instanceof Input.Hold in) {
			return in.contactId();
		}
		if (input instanceof Input.Retrieve in) {
			return in.contactId();
		}
		if (input instanceof Input.Transfer in) {
			return in.contactId();
		}
		throw new IllegalArgumentException("input " + input + " names no contact");
	}

	/** Maps the adapter's free-text ring failure to the journal's reasons. */
	static OfferFailure failure(String reason) {
		String text = (reason != null) ? reason.toLowerCase(Locale.ROOT) : "";
		if (text.contains("reject") || text.contains("busy") || text.contains("decline")) {
			return OfferFailure.REJECTED;
		}
		if (text.contains("unreach") || text.contains("unavailable") || text.contains("offline")
				|| text.contains("error")) {
			return OfferFailure.UNREACHABLE;
		}
		return OfferFailure.NO_ANSWER;
	}

	private void withAgent(String agentId, Consumer<AgentEntry> action) {
		AgentEntry agent = this.state.agents.get(agentId);
		if (agent == null) {
			log.warn("input for unknown agent '{}' ignored", agentId);
			return;
		}
		action.accept(agent);
	}

}
