package org.switchboard.engine.ivr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One node of an {@link IvrFlow}. Nodes name the nodes they lead to; {@link #targets()}
 * lists those names labelled by the field that holds them, so that the validator can say
 * which field of which node points nowhere.
 */
public sealed interface IvrNode {

	/**
	 * The nodes this one can lead to, keyed by a label such as {@code next} or
	 * {@code option '1'}.
	 */
	Map<String, String> targets();

	/**
	 * Whether the node waits for the caller to press keys. Such a node breaks a loop: a
	 * loop made only of nodes that do not wait would spin without the caller doing
	 * anything.
	 */
	default boolean waitsForCaller() {
		return false;
	}

	/**
	 * Whether the contact leaves the IVR at this node (queue, transfer, voicemail,
	 * hang-up).
	 */
	default boolean leavesIvr() {
		return false;
	}

	private static void positive(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be at least 1");
		}
	}

	private static Map<String, String> labelled(String... labelsAndTargets) {
		Map<String, String> targets = new LinkedHashMap<>();
		for (int i = 0; i < labelsAndTargets.length; i += 2) {
			if (labelsAndTargets[i + 1] != null) {
				targets.put(labelsAndTargets[i], labelsAndTargets[i + 1]);
			}
		}
		return Collections.unmodifiableMap(targets);
	}

	/** Plays {@code prompt}, then goes to {@code next}. */
	record Play(String prompt, String next) implements IvrNode {
		public Play {
			Objects.requireNonNull(prompt, "prompt");
			Objects.requireNonNull(next, "next");
		}

		@Override
		public Map<String, String> targets() {
			return labelled("next", this.next);
		}
	}

	/**
	 * Plays {@code prompt} and waits {@code timeoutSeconds} for one digit; a digit among
	 * {@code options} goes to its node. A wrong digit (after {@code invalidPrompt}, if
	 * any) or no digit asks again, up to {@code retries} more times; then {@code onFail}
	 * (hang up when null).
	 */
	record Menu(String prompt, Map<String, String> options, int timeoutSeconds, int retries, String invalidPrompt,
			String onFail) implements IvrNode {
		public Menu {
			Objects.requireNonNull(prompt, "prompt");
			options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
			positive(timeoutSeconds, "timeoutSeconds");
			if (retries < 0) {
				throw new IllegalArgumentException("retries must not be negative");
			}
		}

		@Override
		public Map<String, String> targets() {
			Map<String, String> targets = new LinkedHashMap<>();
			this.options.forEach((digit, target) -> targets.put("option '" + digit + "'", target));
			if (this.onFail != null) {
				targets.put("onFail", this.onFail);
			}
			return Collections.unmodifiableMap(targets);
		}

		@Override
		public boolean waitsForCaller() {
			return true;
		}
	}

	/**
	 * Plays {@code prompt} (may be null) and collects
	 * {@code minDigits}..{@code maxDigits} digits, ended early by {@code terminator} (may
	 * be null), into {@code variable}; then {@code next}. Too few digits or none in time
	 * go to {@code onFail} (hang up when null).
	 */
	record Collect(String prompt, String variable, int minDigits, int maxDigits, String terminator, int timeoutSeconds,
			String next, String onFail) implements IvrNode {
		public Collect {
			Objects.requireNonNull(variable, "variable");
			positive(maxDigits, "maxDigits");
			positive(timeoutSeconds, "timeoutSeconds");
			if (minDigits < 0 || minDigits > maxDigits) {
				throw new IllegalArgumentException("minDigits must be from 0 to maxDigits");
			}
			Objects.requireNonNull(next, "next");
		}

		@Override
		public Map<String, String> targets() {
			return labelled("next", this.next, "onFail", this.onFail);
		}

		@Override
		public boolean waitsForCaller() {
			return true;
		}
	}

	/**
	 * Goes to the target of the first branch whose predicate holds, else to
	 * {@code otherwise}.
	 */
	record Condition(List<Branch> branches, String otherwise) implements IvrNode {
		public Condition {
			branches = List.copyOf(branches);
			Objects.requireNonNull(otherwise, "otherwise");
		}

		@Override
		public Map<String, String> targets() {
			Map<String, String> targets = new LinkedHashMap<>();
			for (int i = 0; i < this.branches.size(); i++) {
				targets.put("branch " + (i + 1), this.branches.get(i).target());
			}
			targets.put("else", this.otherwise);
			return Collections.unmodifiableMap(targets);
		}
	}

	/**
	 * One branch of a {@link Condition}: when {@code when} holds, go to {@code target}.
	 */
	record Branch(IvrPredicate when, String target) {
		public Branch {
			Objects.requireNonNull(when, "when");
			Objects.requireNonNull(target, "target");
		}
	}

	/**
	 * Sets variable {@code name} to {@code value} (with {@code ${var}} substituted), then
	 * {@code next}.
	 */
	record SetVariable(String name, String value, String next) implements IvrNode {
		public SetVariable {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(next, "next");
		}

		@Override
		public Map<String, String> targets() {
			return labelled("next", this.next);
		}
	}

	/**
	 * Asks the server's data source {@code source} with {@code parameters} (with
	 * {@code ${var}} substituted); the values found become variables and the flow goes to
	 * {@code onFound}, else to {@code onNotFound}.
	 */
	record Lookup(String source, Map<String, String> parameters, String onFound, String onNotFound) implements IvrNode {
		public Lookup {
			Objects.requireNonNull(source, "source");
			parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
			Objects.requireNonNull(onFound, "onFound");
			Objects.requireNonNull(onNotFound, "onNotFound");
		}

		@Override
		public Map<String, String> targets() {
			return labelled("onFound", this.onFound, "onNotFound", this.onNotFound);
		}
	}

	/**
	 * Puts the contact in {@code queue}, with {@code priority} when given (else the
	 * queue's).
	 */
	record Queue(String queue, OptionalInt priority) implements IvrNode {
		public Queue {
			Objects.requireNonNull(queue, "queue");
			Objects.requireNonNull(priority, "priority");
		}

		@Override
		public Map<String, String> targets() {
			return Map.of();
		}

		@Override
		public boolean leavesIvr() {
			return true;
		}
	}

	/** Transfers the contact to an agent, an extension or an external number. */
	record Transfer(TransferTarget target) implements IvrNode {
		public Transfer {
			Objects.requireNonNull(target, "target");
		}

		@Override
		public Map<String, String> targets() {
			return Map.of();
		}

		@Override
		public boolean leavesIvr() {
			return true;
		}
	}

	/** Sends the caller to voicemail box {@code mailbox}. */
	record Voicemail(String mailbox) implements IvrNode {
		public Voicemail {
			Objects.requireNonNull(mailbox, "mailbox");
		}

		@Override
		public Map<String, String> targets() {
			return Map.of();
		}

		@Override
		public boolean leavesIvr() {
			return true;
		}
	}

	/**
	 * Plays {@code prompt} and collects one digit 1–5 within {@code timeoutSeconds} as
	 * the caller's satisfaction score; asks once more after a wrong or missing digit;
	 * then {@code next} (hang up when null).
	 */
	record Survey(String prompt, int timeoutSeconds, String next) implements IvrNode {
		public Survey {
			Objects.requireNonNull(prompt, "prompt");
			positive(timeoutSeconds, "timeoutSeconds");
		}

		@Override
		public Map<String, String> targets() {
			return labelled("next", this.next);
		}

		@Override
		public boolean waitsForCaller() {
			return true;
		}
	}

	/** Plays {@code prompt} when not null, then hangs up. */
	record Hangup(String prompt) implements IvrNode {
		@Override
		public Map<String, String> targets() {
			return Map.of();
		}

		@Override
		public boolean leavesIvr() {
			return true;
		}
	}

	/** Jumps to {@code target}. */
	record Goto(String target) implements IvrNode {
		public Goto {
			Objects.requireNonNull(target, "target");
		}

		@Override
		public Map<String, String> targets() {
			return labelled("target", this.target);
		}
	}

}
