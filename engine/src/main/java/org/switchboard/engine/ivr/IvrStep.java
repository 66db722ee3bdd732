package org.switchboard.engine.ivr;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.switchboard.engine.Action;

/**
 * What an {@link IvrSession} asks for next. Steps that the adapter carries out directly
 * translate to an {@link Action} through {@link #toAction(String)}; the engine routes the
 * others itself (a queue, an agent, an extension).
 */
public sealed interface IvrStep {

	/**
	 * The adapter action carrying this step out, or empty when the engine must route the
	 * contact itself ({@link ToQueue}, {@link Transfer} to an agent or extension) or
	 * there is nothing to do ({@link Ignored}).
	 */
	Optional<Action> toAction(String contactId);

	/**
	 * Whether the contact leaves the IVR with this step; the session is then finished.
	 */
	default boolean leavesIvr() {
		return false;
	}

	/** Play {@code prompt}; answer with {@link IvrSession#playbackFinished}. */
	record Play(String prompt, Map<String, String> parameters) implements IvrStep {
		public Play {
			Objects.requireNonNull(prompt, "prompt");
			parameters = Map.copyOf(parameters);
		}

		@Override
		public Optional<Action> toAction(String contactId) {
			return Optional.of(new Action.PlayPrompt(contactId, this.prompt, this.parameters));
		}
	}

	/**
	 * Play {@code prompt} (may be null) and collect up to {@code maxDigits} digits, ended
	 * early by {@code terminator} (may be null); answer with
	 * {@link IvrSession#digitsCollected}, with an empty string when the caller gave none
	 * within {@code timeout}.
	 */
	record Collect(String prompt, int maxDigits, String terminator, Duration timeout) implements IvrStep {
		public Collect {
			Objects.requireNonNull(timeout, "timeout");
		}

		@Override
		public Optional<Action> toAction(String contactId) {
			return Optional
				.of(new Action.CollectDigits(contactId, this.prompt, this.maxDigits, this.terminator, this.timeout));
		}
	}

	/** Look data up in {@code source}; answer with {@link IvrSession#dataLookedUp}. */
	record Lookup(String source, Map<String, String> parameters) implements IvrStep {
		public Lookup {
			Objects.requireNonNull(source, "source");
			parameters = Map.copyOf(parameters);
		}

		@Override
		public Optional<Action> toAction(String contactId) {
			return Optional.of(new Action.LookupData(contactId, this.source, this.parameters));
		}
	}

	/**
	 * Put the contact in {@code queue}, with {@code priority} when given (else the
	 * queue's).
	 */
	record ToQueue(String queue, OptionalInt priority) implements IvrStep {
		public ToQueue {
			Objects.requireNonNull(queue, "queue");
			Objects.requireNonNull(priority, "priority");
		}

		@Override
		public Optional<Action> toAction(String contactId) {
			return Optional.empty();
		}

		@Override
		public boolean leavesIvr() {
			return true;
		}
	}

	/**
	 * Transfer the contact; an external number translates to
	 * {@link Action.TransferExternal}, an agent or extension is for the engine to route.
	 */
	record Transfer(TransferTarget target) implements IvrStep {
		public Transfer {
			Objects.requireNonNull(target, "target");
		}

		@Override
		public Optional<Action> toAction(String contactId) {
			if (this.target.kind() == TransferTarget.Kind.EXTERNAL) {
				return Optional.of(new Action.TransferExternal(contactId, this.target.destination()));
			}
			return Optional.empty();
		}

		@Override
		public boolean leavesIvr() {
			return true;
		}
	}

	/** Send the caller to voicemail box {@code mailbox}. */
	record Voicemail(String mailbox) implements IvrStep {
		public Voicemail {
			Objects.requireNonNull(mailbox, "mailbox");
		}

		@Override
		public Optional<Action> toAction(String contactId) {
			return Optional.of(new Action.Voicemail(contactId, this.mailbox));
		}

		@Override
		public boolean leavesIvr() {
			return true;
		}
	}

	/**
	 * Hang up, for {@code reason} (for logs). A hang-up node's prompt has already been
	 * played as a {@link Play} step by then.
	 */
	record Hangup(String reason) implements IvrStep {
		public Hangup {
			Objects.requireNonNull(reason, "reason");
		}

		@Override
		public Optional<Action> toAction(String contactId) {
			return Optional.of(new Action.Disconnect(contactId, this.reason));
		}

		@Override
		public boolean leavesIvr() {
			return true;
		}
	}

	/**
	 * The session had nothing to do with the input it was given (e.g. a second playback
	 * report, or input after the contact left the IVR); {@code reason} says why.
	 */
	record Ignored(String reason) implements IvrStep {
		@Override
		public Optional<Action> toAction(String contactId) {
			return Optional.empty();
		}
	}

}
