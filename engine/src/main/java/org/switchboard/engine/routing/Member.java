package org.switchboard.engine.routing;

import org.switchboard.engine.agent.Agent;

/**
 * An agent's membership of one queue: the facts strategies order by. Keys read here must
 * not change while the member sits in a {@link ReadyPool}; the engine takes a member out
 * before the agent's counters move.
 */
public final class Member {

	private final Agent agent;

	private final String queue;

	private final int penalty;

	private final int position;

	private final int skillScore;

	private final boolean qualified;

	private long lastOfferSeq;

	/**
	 * This member's places in the longest-idle pools it has joined, kept between joins so
	 * that a state change allocates nothing.
	 */
	IdleOrderPool.Node idleNodes;

	/**
	 * @param agent the agent
	 * @param queue the queue's name
	 * @param penalty tier in this queue, lower is offered first
	 * @param position the agent's place in configuration order (used by {@code linear})
	 * @param skillScore sum of the agent's levels in the queue's required skills
	 * @param qualified whether the agent meets every required skill at its minimum level
	 */
	public Member(Agent agent, String queue, int penalty, int position, int skillScore, boolean qualified) {
		this.agent = agent;
		this.queue = queue;
		this.penalty = penalty;
		this.position = position;
		this.skillScore = skillScore;
		this.qualified = qualified;
	}

	public Agent agent() {
		return this.agent;
	}

	public String agentId() {
		return this.agent.id();
	}

	public String queue() {
		return this.queue;
	}

	public int penalty() {
		return this.penalty;
	}

	public int position() {
		return this.position;
	}

	public int skillScore() {
		return this.skillScore;
	}

	public boolean qualified() {
		return this.qualified;
	}

	/** Round-robin memory: the queue's offer number when this member was last offered. */
	public long lastOfferSeq() {
		return this.lastOfferSeq;
	}

	void lastOfferSeq(long seq) {
		this.lastOfferSeq = seq;
	}

	@Override
	public String toString() {
		return this.agent.id() + "@" + this.queue;
	}

}
