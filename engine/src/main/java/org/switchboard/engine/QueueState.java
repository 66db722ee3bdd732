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

	/** Ready members meeting the required skills: the pool for contacts not relaxed. */
	final ReadyPool qualifiedPool;

	/**
	 * Every ready member, for relaxed contacts. While every member is qualified the two
	 * pools would hold the same members, so this is the qualified pool itself and a state
	 * change updates one index per queue, not two.
	 */
	private ReadyPool memberPool;

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
		this.memberPool = this.qualifiedPool;
		this.handleSeconds = config.defaultHandleSeconds();
	}

	String name() {
		return this.config.name();
	}

	/**
	 * Adds a membership, before any member is ready. The first member short of the
	 * required skills gives relaxed contacts a pool of their own.
	 */
	void addMember(Member member) {
		if (!member.qualified() && this.memberPool == this.qualifiedPool) {
			if (!this.qualifiedPool.isEmpty()) {
				throw new IllegalStateException("queue " + name() + " gained an unqualified member while "
						+ this.qualifiedPool.size() + " members were ready");
			}
			this.memberPool = this.strategy.newPool();
		}
		this.members.add(member);
	}

	/** The ready members {@code contact} may be offered to. */
	ReadyPool poolFor(Contact contact) {
		return contact.relaxed ? this.memberPool : this.qualifiedPool;
	}

	/** Whether relaxed contacts have a pool of their own (some member is unqualified). */
	boolean splitPools() {
		return this.memberPool != this.qualifiedPool;
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

	/**
	 * The head, unless the agent missed it; only then a walk. An agent going READY looks
	 * at every queue it serves, mostly empty ones, so the common cases make no iterator.
	 */
	private static Contact firstNotMissed(NavigableSet<Contact> waiting, String agentId) {
		if (waiting.isEmpty()) {
			return null;
		}
		Contact head = waiting.first();
		if (!head.missedBy.contains(agentId)) {
			return head;
		}
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
