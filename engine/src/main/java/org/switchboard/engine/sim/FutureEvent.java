package org.switchboard.engine.sim;

/**
 * Something the simulator will make happen at a virtual time; ties keep scheduling order.
 */
final class FutureEvent implements Comparable<FutureEvent> {

	/** What happens at the event. */
	enum Kind {

		ARRIVAL, ANSWER, CALL_END, PATIENCE, WRAP_END, SHIFT_START, SHIFT_END

	}

	final long at;

	final Kind kind;

	final String contactId;

	final String agentId;

	final int stream;

	long sequence;

	FutureEvent(long at, Kind kind, String contactId, String agentId, int stream) {
		this.at = at;
		this.kind = kind;
		this.contactId = contactId;
		this.agentId = agentId;
		this.stream = stream;
	}

	@Override
	public int compareTo(FutureEvent other) {
		int byTime = Long.compare(this.at, other.at);
		return (byTime != 0) ? byTime : Long.compare(this.sequence, other.sequence);
	}

}
