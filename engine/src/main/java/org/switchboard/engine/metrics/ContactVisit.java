package org.switchboard.engine.metrics;

/** One contact's stay in one queue, and its talk with the agent who answered it. */
final class ContactVisit {

	enum State {

		WAITING, TALKING, DONE

	}

	final QueueAccumulator bucket;

	final long queuedAt;

	AgentAccumulator agentBucket;

	State state = State.WAITING;

	long offeredAt = Long.MIN_VALUE;

	long answeredAt;

	long holdStart = Long.MIN_VALUE;

	long holdNanos;

	ContactVisit(QueueAccumulator bucket, long queuedAt) {
		this.bucket = bucket;
		this.queuedAt = queuedAt;
	}

	void remove() {
		this.state = State.DONE;
		if (this.bucket != null) {
			this.bucket.removed++;
		}
	}

	void endHold(long at) {
		if (this.holdStart != Long.MIN_VALUE) {
			this.holdNanos += at - this.holdStart;
			this.holdStart = Long.MIN_VALUE;
		}
	}

	void endTalk(long at) {
		endHold(at);
		this.state = State.DONE;
		long talk = at - this.answeredAt - this.holdNanos;
		if (this.bucket != null) {
			this.bucket.talkNanos += talk;
			this.bucket.holdNanos += this.holdNanos;
		}
		if (this.agentBucket != null) {
			this.agentBucket.talkNanos += talk;
			this.agentBucket.holdNanos += this.holdNanos;
		}
	}

	void addAfterCallWork(long nanos) {
		if (this.bucket != null) {
			this.bucket.acwNanos += nanos;
		}
		if (this.agentBucket != null) {
			this.agentBucket.acwNanos += nanos;
		}
	}

}
