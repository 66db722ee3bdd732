package org.switchboard.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.switchboard.engine.CenterConfig.InboundRoute;
import org.switchboard.engine.CenterConfig.VipRule;
import org.switchboard.engine.Contact.Phase;
import org.switchboard.engine.calendar.BusinessCalendar;
import org.switchboard.engine.journal.AgentStateChanged.AgentStateName;
import org.switchboard.engine.journal.ContactEvent.ContactArrived;
import org.switchboard.engine.journal.ContactEvent.ContactEnded;
import org.switchboard.engine.journal.ContactEvent.ContactOverflowed;
import org.switchboard.engine.journal.ContactEvent.ContactQueued;
import org.switchboard.engine.journal.ContactEvent.ContactRejected;
import org.switchboard.engine.journal.ContactEvent.EndedBy;
import org.switchboard.engine.journal.ContactEvent.OverflowReason;
import org.switchboard.engine.routing.Member;
import org.switchboard.engine.routing.StickyStrategy;

/**
 * How contacts get in and where they go: blacklist, VIP priority, inbound routes and
 * calendars at the door; queue joins with their overflow triggers (no agents, full,
 * estimated wait too long, waited too long); and every destination a contact can be sent
 * to.
 */
final class Admission {

	private static final Logger log = LoggerFactory.getLogger(Admission.class);

	/** Destinations one contact may pass through before the engine suspects a loop. */
	static final int MAX_HOPS = 16;

	private final CenterState state;

	Matcher matcher;

	IvrRunner ivr;

	Admission(CenterState state) {
		this.state = state;
	}

	void arrive(Input.ContactArrives input) {
		if (this.state.contacts.containsKey(input.contactId())) {
			log.warn("contact {} arrived twice; the second arrival is ignored", input.contactId());
			return;
		}
		Contact contact = new Contact(input.contactId(), input.callerNumber(), input.dialedNumber(),
				input.attributes());
		this.state.contacts.put(contact.id, contact);
		this.state
			.emit(new ContactArrived(this.state.now, contact.id, contact.caller, contact.dialed, contact.attributes));
		CenterConfig config = this.state.config;
		if (config.blacklist().matches(contact.caller)) {
			if (config.blacklist().divert() == null) {
				reject(contact, "blacklisted caller");
			}
			else {
				log.info("blacklisted caller of {} diverted to {}", contact.id, config.blacklist().divert());
				sendTo(contact, config.blacklist().divert());
			}
			return;
		}
		for (VipRule rule : config.vipRules()) {
			if (rule.matches(contact.caller)) {
				contact.basePriority = Math.max(contact.basePriority, rule.priority());
			}
		}
		Destination entry = entry(contact, input.entry());
		if (entry != null) {
			sendTo(contact, entry);
		}
	}

	/** Resolves the entry, journalling a rejection when there is none or it is closed. */
	private Destination entry(Contact contact, String given) {
		if (given != null) {
			try {
				return Destination.parse(given);
			}
			catch (IllegalArgumentException ex) {
				reject(contact, "bad entry: " + ex.getMessage());
				return null;
			}
		}
		InboundRoute route = (contact.dialed != null) ? this.state.routes.get(contact.dialed) : null;
		if (route == null) {
			reject(contact, "no route for " + contact.dialed);
			return null;
		}
		if (route.calendar() != null && !isOpen(route.calendar())) {
			return closed(contact, route.closedTarget(), "closed: " + route.calendar());
		}
		return route.entry();
	}

	private Destination closed(Contact contact, Destination target, String reason) {
		if (target == null || target.kind() == Destination.Kind.HANGUP || target.kind() == Destination.Kind.MESSAGE) {
			this.state.emit(new ContactRejected(this.state.now, contact.id, reason));
		}
		if (target == null) {
			this.state.act(new Action.Disconnect(contact.id, reason));
			finish(contact, EndedBy.SYSTEM);
			return null;
		}
		return target;
	}

	boolean isOpen(String calendar) {
		return isOpen(calendar, this.state.now);
	}

	/**
	 * Whether calendar {@code calendar} is open at {@code at}; an unknown calendar is
	 * closed.
	 */
	boolean isOpen(String calendar, java.time.Instant at) {
		BusinessCalendar found = this.state.config.calendars().get(calendar);
		return found != null && found.isOpen(at);
	}

	void reject(Contact contact, String reason) {
		this.state.emit(new ContactRejected(this.state.now, contact.id, reason));
		this.state.act(new Action.Disconnect(contact.id, reason));
		finish(contact, EndedBy.SYSTEM);
	}

	/** Sends a contact that is in no queue and rings no one to {@code target}. */
	void sendTo(Contact contact, Destination target) {
		switch (target.kind()) {
			case QUEUE -> {
				QueueState queue = this.state.queues.get(target.target());
				if (queue == null) {
					reject(contact, "unknown queue " + target.target());
				}
				else {
					enqueue(contact, queue);
				}
			}
			case AGENT -> direct(contact, target.target());
			case IVR -> this.ivr.start(contact, target.target());
			case VOICEMAIL -> leave(contact, new Action.Voicemail(contact.id, target.target()));
			case EXTENSION -> leave(contact, new Action.TransferExtension(contact.id, target.target()));
			case EXTERNAL -> leave(contact, new Action.TransferExternal(contact.id, target.target()));
			case MESSAGE -> {
				contact.phase = Phase.MESSAGE;
				this.state.act(new Action.PlayPrompt(contact.id, target.target(), Map.of()));
			}
			case HANGUP -> leave(contact, new Action.Disconnect(contact.id, "sent to hang-up"));
			case RELAX_SKILLS -> relax(contact);
		}
	}

	private void leave(Contact contact, Action action) {
		this.state.act(action);
		finish(contact, EndedBy.SYSTEM);
	}

	private void relax(Contact contact) {
		if (contact.queue == null) {
			reject(contact, "relax-skills outside a queue");
			return;
		}
		contact.relaxed = true;
		join(contact, contact.queue);
	}

	private void direct(Contact contact, String agentId) {
		AgentEntry agent = this.state.agents.get(agentId);
		contact.queue = null;
		contact.directAgent = agent;
		if (agent == null || agent.agent.state() != AgentStateName.READY) {
			leave(contact, new Action.Voicemail(contact.id, "agent:" + agentId));
			return;
		}
		this.matcher.offerDirect(contact, agent);
	}

	/**
	 * Joins {@code queue} unless an overflow trigger sends the contact elsewhere first.
	 */
	void enqueue(Contact contact, QueueState queue) {
		if (++contact.hops > MAX_HOPS) {
			reject(contact, "routing loop: more than " + MAX_HOPS + " destinations");
			return;
		}
		QueueConfig config = queue.config;
		contact.relaxed = false;
		contact.queue = queue;
		if (config.calendar() != null && !isOpen(config.calendar())) {
			contact.queue = null;
			Destination target = closed(contact, config.closedTarget(), "closed: queue " + queue.name());
			if (target != null) {
				sendTo(contact, target);
			}
			return;
		}
		if (!config.joinWhenEmpty() && queue.loggedInQualified == 0) {
			overflow(contact, queue, OverflowReason.NO_AGENTS, config.emptyTarget());
			return;
		}
		if (config.maxLength() > 0 && queue.waitingCount() >= config.maxLength()) {
			overflow(contact, queue, OverflowReason.QUEUE_FULL, config.fullTarget());
			return;
		}
		if (config.estimatedWaitSeconds() > 0 && queue.estimatedWaitSeconds() > config.estimatedWaitSeconds()) {
			overflow(contact, queue, OverflowReason.ESTIMATED_WAIT, config.estimatedWaitTarget());
			return;
		}
		join(contact, queue);
	}

	private void join(Contact contact, QueueState queue) {
		QueueConfig config = queue.config;
		contact.priority = Math.max(config.priority(), contact.basePriority);
		contact.queuedMillis = this.state.nowMillis;
		if (contact.seq == 0) {
			contact.seq = ++this.state.joinSeq;
			contact.firstQueuedMillis = this.state.nowMillis;
		}
		contact.orderKey = queue.orderKey(contact);
		contact.maxWaitDue = false;
		contact.missedBy = Set.of();
		this.state.emit(new ContactQueued(this.state.now, contact.id, queue.name(), contact.priority));
		this.state.act(new Action.StartMusicOnHold(contact.id, queue.name()));
		if (config.maxWaitSeconds() > 0) {
			contact.maxWaitTimer = this.state.timers.schedule(this.state.seconds(config.maxWaitSeconds()),
					Timers.Kind.MAX_WAIT, contact, null);
		}
		CenterConfig.Announcement announcement = this.state.config.announcements().get(queue.name());
		if (announcement != null) {
			contact.announceTimer = this.state.timers.schedule(this.state.seconds(announcement.everySeconds()),
					Timers.Kind.ANNOUNCE, contact, null);
		}
		if (queue.strategy instanceof StickyStrategy sticky && holdForPreferred(contact, queue, sticky)) {
			return;
		}
		this.matcher.contactWaiting(contact);
	}

	/** Sticky: offer to, or hold for, the agent who served this caller last. */
	private boolean holdForPreferred(Contact contact, QueueState queue, StickyStrategy sticky) {
		String agentId = sticky.preferredAgent(contact.caller, this.state.nowMillis);
		AgentEntry agent = (agentId != null) ? this.state.agents.get(agentId) : null;
		Member member = (agent != null) ? agent.memberOf(queue.name()) : null;
		if (member == null || !member.qualified() || !agent.agent.loggedIn()) {
			return false;
		}
		if (agent.agent.state() == AgentStateName.READY) {
			this.matcher.offer(contact, List.of(member), sticky.explainPreferred(member));
			return true;
		}
		Duration wait = sticky.waitForPreferred();
		if (wait.isZero()) {
			return false;
		}
		contact.phase = Phase.STICKY;
		contact.stickyAgent = agent;
		agent.stickyWaiting.addLast(contact);
		contact.stickyTimer = this.state.timers.schedule(this.state.nowMillis + wait.toMillis(), Timers.Kind.STICKY,
				contact, null);
		return true;
	}

	/** The preferred agent did not become ready in time: anyone may take the caller. */
	void stickyExpired(Contact contact) {
		contact.stickyTimer = null;
		if (contact.phase == Phase.STICKY) {
			contact.stickyAgent.stickyWaiting.remove(contact);
			contact.stickyAgent = null;
			this.matcher.contactWaiting(contact);
		}
	}

	void overflow(Contact contact, QueueState from, OverflowReason reason, Destination target) {
		boolean joined = contact.phase == Phase.QUEUED || contact.phase == Phase.STICKY
				|| contact.phase == Phase.RINGING;
		leaveQueue(contact);
		log.debug("contact {} overflows from {} to {}: {}", contact.id, from.name(), target, reason);
		this.state.emit(new ContactOverflowed(this.state.now, contact.id, from.name(), target.toString(), reason));
		if (target.kind() == Destination.Kind.RELAX_SKILLS) {
			contact.queue = from;
			contact.relaxed = true;
			if (joined) {
				this.matcher.contactWaiting(contact);
			}
			else {
				join(contact, from);
			}
			return;
		}
		contact.queue = null;
		sendTo(contact, target);
	}

	/** Takes a contact out of its queue's waiting line and cancels its queue timers. */
	void leaveQueue(Contact contact) {
		if (contact.queue != null && contact.phase == Phase.QUEUED) {
			contact.queue.removeWaiting(contact);
		}
		if (contact.stickyAgent != null) {
			contact.stickyAgent.stickyWaiting.remove(contact);
			contact.stickyAgent = null;
		}
		contact.maxWaitTimer = this.state.timers.cancel(contact.maxWaitTimer);
		contact.stickyTimer = this.state.timers.cancel(contact.stickyTimer);
		contact.retryTimer = this.state.timers.cancel(contact.retryTimer);
		contact.announceTimer = this.state.timers.cancel(contact.announceTimer);
	}

	/** Plays the queue's announcement to a waiting caller and schedules the next one. */
	void announce(Contact contact) {
		contact.announceTimer = null;
		CenterConfig.Announcement announcement = (contact.queue != null)
				? this.state.config.announcements().get(contact.queue.name()) : null;
		if (announcement == null) {
			return;
		}
		if (contact.phase == Phase.QUEUED || contact.phase == Phase.STICKY) {
			QueueState queue = contact.queue;
			this.state.act(new Action.PlayPrompt(contact.id, announcement.prompt(),
					Map.of("queue", queue.name(), "waiting", Integer.toString(queue.waitingCount()),
							"estimatedWaitSeconds", Long.toString(Math.round(queue.estimatedWaitSeconds())))));
		}
		if (contact.phase == Phase.QUEUED || contact.phase == Phase.STICKY || contact.phase == Phase.RINGING) {
			contact.announceTimer = this.state.timers.schedule(this.state.seconds(announcement.everySeconds()),
					Timers.Kind.ANNOUNCE, contact, null);
		}
	}

	void maxWaitReached(Contact contact) {
		contact.maxWaitTimer = null;
		switch (contact.phase) {
			case QUEUED, STICKY ->
				overflow(contact, contact.queue, OverflowReason.MAX_WAIT, contact.queue.config.maxWaitTarget());
			case RINGING -> contact.maxWaitDue = true;
			default -> {
			}
		}
	}

	/**
	 * Every ring of the contact failed: a direct contact goes to the agent's voicemail, a
	 * queued one back to its place (or on, if its maximum wait passed meanwhile).
	 */
	void backFromOffer(Contact contact) {
		if (contact.directAgent != null) {
			leave(contact, new Action.Voicemail(contact.id, "agent:" + contact.directAgent.id()));
			return;
		}
		if (this.state.queues.get(contact.queue.name()) != contact.queue) {
			reject(contact, "queue " + contact.queue.name() + " was removed");
			return;
		}
		if (contact.maxWaitDue) {
			overflow(contact, contact.queue, OverflowReason.MAX_WAIT, contact.queue.config.maxWaitTarget());
			return;
		}
		this.matcher.contactWaiting(contact);
		if (contact.phase == Phase.QUEUED && contact.retryTimer == null) {
			contact.retryTimer = this.state.timers.schedule(this.state.seconds(this.state.config.ringRetrySeconds()),
					Timers.Kind.RETRY, contact, null);
		}
	}

	/** Agents who missed a waiting contact may have it offered again. */
	void retry(Contact contact) {
		contact.retryTimer = null;
		if (contact.phase == Phase.QUEUED && !contact.missedBy.isEmpty()) {
			contact.queue.removeWaiting(contact);
			contact.missedBy = Set.of();
			this.matcher.contactWaiting(contact);
		}
	}

	/**
	 * With {@code leaveWhenEmpty}, contacts leave a queue whose last agent logged out.
	 */
	void checkEmpty(QueueState queue) {
		if (!queue.config.leaveWhenEmpty()) {
			return;
		}
		if (queue.loggedInQualified == 0) {
			for (Contact contact : queue.waiting(false)) {
				overflow(contact, queue, OverflowReason.NO_AGENTS, queue.config.emptyTarget());
			}
		}
		if (queue.loggedInMembers == 0) {
			for (Contact contact : queue.waiting(true)) {
				overflow(contact, queue, OverflowReason.NO_AGENTS, queue.config.emptyTarget());
			}
		}
	}

	/** The contact is over: journal it and forget it. */
	void finish(Contact contact, EndedBy endedBy) {
		leaveQueue(contact);
		contact.phase = Phase.ENDED;
		contact.ivr = null;
		this.state.contacts.remove(contact.id);
		this.state.emit(new ContactEnded(this.state.now, contact.id, endedBy));
	}

}
