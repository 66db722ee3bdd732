package org.switchboard.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.switchboard.engine.routing.Member;
import org.switchboard.engine.routing.ReadyPool;
import org.switchboard.engine.routing.RoutingStrategy;

/**
 * One queue's live state: waiting contacts in service order and the strategy's indexes of
 * ready members. Contacts whose skill requirement was relaxed wait apart and may be taken
 * by any member; the others only by qualified members.
 */
final class QueueState {

	/** Service order: lower key first, then earlier arrival. */
	private static final Comparator<Contact> ORDER = Comparator.comparingLong((Contact contact) -> contact.orderKey)
		.thenComparingLong((contact) -> contact.seq);

	final QueueConfig config;

	final RoutingStrategy strategy;

	final ReadyPool qualifiedPool;

	final ReadyPool memberPool;

	private final TreeSet<Contact> waitingStrict = new TreeSet<>(ORDER);

	private final TreeSet<Contact> waitingRelaxed = new TreeSet<>(ORDER);

	final List<Member> members = new ArrayList<>();

	int loggedInQualified;

	int loggedInMembers;

	/** Measured handle time (talk plus wrap-up), an exponential moving average. */
	double handleSeconds;

	QueueState(QueueConfig config, RoutingStrategy strategy) {
		this.config = config;
		this.strategy = strategy;
		this.qualifiedPool = strategy.newPool();
		// without required skills every member is qualified: one index serves both
		this.memberPool = config.requiredSkills().isEmpty() ? this.qualifiedPool : strategy.newPool();
		this.handleSeconds = config.defaultHandleSeconds();
	}

	String name() {
		return this.config.name();
	}

	/**
	 * The contact's sort key. Without aging: minus its priority. With aging (one level
	 * per {@code agingSeconds} waited), effective priority p + (now - t)/A orders the
	 * same as t - p·A, a key that never changes while the contact waits.
	 */
	long orderKey(Contact contact) {
		if (this.config.agingSeconds() == 0) {
			return -contact.priority;
		}
		return contact.firstQueuedMillis - contact.priority * this.config.agingSeconds() * 1000L;
	}

	/**
	 * Priority including aging at {@code nowMillis}, for comparing heads across queues.
	 */
	double effectivePriority(Contact contact, long nowMillis) {
		if (this.config.agingSeconds() == 0) {
			return contact.priority;
		}
		return contact.priority + (nowMillis - contact.firstQueuedMillis) / (this.config.agingSeconds() * 1000.0);
	}

	void addWaiting(Contact contact) {
		(contact.relaxed ? this.waitingRelaxed : this.waitingStrict).add(contact);
	}

	boolean removeWaiting(Contact contact) {
		return (contact.relaxed ? this.waitingRelaxed : this.waitingStrict).remove(contact);
	}

	int waitingCount() {
		return this.waitingStrict.size() + this.waitingRelaxed.size();
	}

	/** The first waiting contact {@code member} may take and has not missed, or null. */
	Contact headFor(Member member) {
		Contact relaxed = firstNotMissed(this.waitingRelaxed, member.agentId());
		if (!member.qualified()) {
			return relaxed;
		}
		Contact strict = firstNotMissed(this.waitingStrict, member.agentId());
		if (strict == null || relaxed == null) {
			return (strict != null) ? strict : relaxed;
		}
		return (ORDER.compare(strict, relaxed) <= 0) ? strict : relaxed;
	}

	private static Contact firstNotMissed(NavigableSet<Contact> waiting, String agentId) {
		for (Contact contact : waiting) {
			if (!contact.missedBy.contains(agentId)) {
				return contact;
			}
		}
		return null;
	}

	/** Waiting contacts a qualified-agent shortage concerns ({@code relaxed} or not). */
	List<Contact> waiting(boolean relaxed) {
		return new ArrayList<>(relaxed ? this.waitingRelaxed : this.waitingStrict);
	}

	/**
	 * Estimated wait of a contact joining now: its position times handle time over staff.
	 */
	double estimatedWaitSeconds() {
		return (waitingCount() + 1) * this.handleSeconds / Math.max(1, this.loggedInQualified);
	}

	void measuredHandle(double seconds) {
		this.handleSeconds = 0.9 * this.handleSeconds + 0.1 * seconds;
	}

	void addReady(Member member) {
		if (member.qualified()) {
			this.qualifiedPool.add(member);
		}
		if (this.memberPool != this.qualifiedPool) {
			this.memberPool.add(member);
		}
	}

	void removeReady(Member member) {
		if (member.qualified()) {
			this.qualifiedPool.remove(member);
		}
		if (this.memberPool != this.qualifiedPool) {
			this.memberPool.remove(member);
		}
	}

	/** The earliest queue entry among waiting contacts, in epoch milliseconds, or -1. */
	long longestWaitingSinceMillis() {
		long since = -1;
		for (Contact contact : this.waitingStrict) {
			since = (since < 0) ? contact.queuedMillis : Math.min(since, contact.queuedMillis);
		}
		for (Contact contact : this.waitingRelaxed) {
			since = (since < 0) ? contact.queuedMillis : Math.min(since, contact.queuedMillis);
		}
		return since;
	}

}
