package org.switchboard.server.live;

import java.util.List;

/**
 * What one agent's desk shows at one moment. Instants are epoch milliseconds.
 *
 * @param version the floor's event count when taken (the event stream's id)
 * @param eventWallMillis wall-clock time the newest engine event reached the live floor
 * @param serverMillis the server's clock when taken
 * @param id job number
 * @param name display name
 * @param state engine state
 * @param reason not-ready reason code or null
 * @param since when the state began
 * @param notReadyWarning true once not-ready lasts longer than the configured threshold
 * @param notReadyWarningSeconds that threshold
 * @param contact the contact ringing, connected or in wrap-up, or null
 * @param wrapUpSeconds the after-call work allowed for that contact's queue (-1 until
 * ready, 0 none), or null
 * @param callsToday contacts answered today
 * @param averageHandleSeconds today's average handle time (talk + hold + after-call work)
 * @param notReadySecondsToday time not ready today, including the current stretch
 */
public record AgentSnapshot(long version, long eventWallMillis, long serverMillis, String id, String name, String state,
		String reason, Long since, boolean notReadyWarning, long notReadyWarningSeconds, ContactInfo contact,
		Integer wrapUpSeconds, long callsToday, double averageHandleSeconds, double notReadySecondsToday) {

	/**
	 * A contact as the journal tells it.
	 *
	 * @param id contact id
	 * @param callerNumber who called
	 * @param dialedNumber what they dialled
	 * @param queue the queue it came from, or null
	 * @param arrivedAt when it arrived
	 * @param queuedAt when it joined the queue, or null
	 * @param answeredAt when it was answered, or null
	 * @param endedAt when it ended, or null
	 * @param ivrPath IVR nodes visited, as {@code flow/node}
	 * @param ivrDigits digits the caller gave, as {@code node=digits}
	 */
	public record ContactInfo(String id, String callerNumber, String dialedNumber, String queue, long arrivedAt,
			Long queuedAt, Long answeredAt, Long endedAt, List<String> ivrPath, List<String> ivrDigits) {
	}

}
