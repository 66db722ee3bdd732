package org.switchboard.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * Something that happened outside the engine, handed to it by an adapter (telephony, web,
 * simulator). The engine answers each input with {@link Action}s and journal events.
 */
public sealed interface Input {

	/**
	 * A new contact entered. {@code entry} names where it goes first, as an inbound route
	 * resolves it: {@code ivr:NAME}, {@code queue:NAME}, {@code agent:ID} or
	 * {@code extension:NUMBER}; null lets the engine resolve {@code dialedNumber} through
	 * its inbound routes.
	 */
	record ContactArrives(String contactId, String callerNumber, String dialedNumber, String entry,
			Map<String, String> attributes) implements Input {
		public ContactArrives {
			attributes = Map.copyOf(attributes);
		}
	}

	/** A prompt asked for by {@link Action.PlayPrompt} finished playing. */
	record PlaybackFinished(String contactId) implements Input {
	}

	/**
	 * Digits asked for by {@link Action.CollectDigits}; empty when the caller gave none
	 * in time.
	 */
	record DigitsCollected(String contactId, String digits) implements Input {
	}

	/**
	 * The result of {@link Action.LookupData}; {@code found} false when the source had
	 * nothing.
	 */
	record DataLookedUp(String contactId, boolean found, Map<String, String> values) implements Input {
		public DataLookedUp {
			values = Map.copyOf(values);
		}
	}

	/** The agent's phone answered the offered contact. */
	record AgentAnswered(String contactId, String agentId) implements Input {
	}

	/**
	 * Ringing the agent failed (no answer reported by the adapter, rejected,
	 * unreachable).
	 */
	record AgentRingFailed(String contactId, String agentId, String reason) implements Input {
	}

	/** The caller's leg is gone (hang-up, CANCEL, BYE, lost). */
	record CallerHungUp(String contactId) implements Input {
	}

	/** The agent's leg is gone. */
	record AgentHungUp(String contactId, String agentId) implements Input {
	}

	/** The agent put the contact on hold. */
	record Hold(String contactId, String agentId) implements Input {
	}

	/** The agent took the contact off hold. */
	record Retrieve(String contactId, String agentId) implements Input {
	}

	/**
	 * The agent transfers the contact to {@code target} ({@code queue:NAME},
	 * {@code agent:ID}, {@code extension:NUMBER}, {@code external:NUMBER}).
	 */
	record Transfer(String contactId, String agentId, String target) implements Input {
	}

	/** The agent logged in (NOT_READY until they say ready). */
	record AgentLogin(String agentId) implements Input {
	}

	/** The agent logged out. */
	record AgentLogout(String agentId) implements Input {
	}

	/** The agent says they are ready for contacts (also ends wrap-up). */
	record AgentReady(String agentId) implements Input {
	}

	/** The agent says they are not ready, with a reason code (data). */
	record AgentNotReady(String agentId, String reason) implements Input {
	}

	/**
	 * The agent finished after-call work without going ready (goes to NOT_READY if
	 * asked).
	 */
	record WrapUpFinished(String agentId) implements Input {
	}

	/**
	 * The adapter reports which contacts still have live legs; the engine reconciles the
	 * rest.
	 */
	record LegsPresent(java.util.Set<String> contactIds) implements Input {
		public LegsPresent {
			contactIds = java.util.Set.copyOf(contactIds);
		}
	}

	/**
	 * The agent's "today" counters as the journal tells them, handed to a fresh engine at
	 * start-up before any contact: they replace the agent's calls and talk time if
	 * {@code day} is the engine's current day in the center's zone (otherwise the input
	 * is stale and ignored), so that fewest-calls and least-talk-time routing and the
	 * agent views carry on after a restart; they roll over at midnight like live
	 * counters.
	 */
	record RestoreAgentDay(String agentId, LocalDate day, int callsToday, Duration talkTimeToday) implements Input {
		public RestoreAgentDay {
			if (callsToday < 0 || talkTimeToday.isNegative()) {
				throw new IllegalArgumentException(
						"restored counters must not be negative: " + callsToday + " calls, " + talkTimeToday);
			}
		}
	}

}
