package org.switchboard.engine;

import java.time.Duration;
import java.util.Map;

/**
 * What the engine asks its adapter to do in answer to an input or a timer. The adapter
 * carries it out and reports the outcome back as an {@link Input}.
 */
public sealed interface Action {

	String contactId();

	/** Play a prompt to the caller; answer with {@link Input.PlaybackFinished}. */
	record PlayPrompt(String contactId, String prompt, Map<String, String> parameters) implements Action {
		public PlayPrompt {
			parameters = Map.copyOf(parameters);
		}
	}

	/**
	 * Play {@code prompt} (may be null) and collect up to {@code maxDigits} digits,
	 * ending early on {@code terminator}; answer with {@link Input.DigitsCollected}.
	 */
	record CollectDigits(String contactId, String prompt, int maxDigits, String terminator,
			Duration timeout) implements Action {
	}

	/** Play music on hold for a queued caller until told otherwise. */
	record StartMusicOnHold(String contactId, String queue) implements Action {
	}

	/**
	 * Ring the agent's device; answer with {@link Input.AgentAnswered} or
	 * {@link Input.AgentRingFailed}.
	 */
	record RingAgent(String contactId, String agentId, Duration ringTimeout) implements Action {
	}

	/** Stop ringing the agent (the engine gave up on this offer). */
	record CancelRing(String contactId, String agentId) implements Action {
	}

	/** Connect the caller with the agent who answered. */
	record Bridge(String contactId, String agentId) implements Action {
	}

	/** Send the caller to an external number. */
	record TransferExternal(String contactId, String number) implements Action {
	}

	/**
	 * Send the caller to an internal extension (a phone that is not an agent's, e.g.
	 * reception). The engine has let the contact go: the adapter rings and connects the
	 * extension on its own and reports nothing back.
	 */
	record TransferExtension(String contactId, String extension) implements Action {
	}

	/**
	 * Send the caller to a voicemail box ({@code agent:ID}, {@code queue:NAME} or a box
	 * name).
	 */
	record Voicemail(String contactId, String mailbox) implements Action {
	}

	/**
	 * Look data up for an IVR data-lookup node through the server's port (e.g. an order's
	 * status); answer with {@link Input.DataLookedUp}.
	 */
	record LookupData(String contactId, String source, Map<String, String> parameters) implements Action {
		public LookupData {
			parameters = Map.copyOf(parameters);
		}
	}

	/** Hang up the caller (and any agent leg) with a reason for logs. */
	record Disconnect(String contactId, String reason) implements Action {
	}

}
