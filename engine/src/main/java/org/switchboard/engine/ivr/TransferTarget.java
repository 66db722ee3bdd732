package org.switchboard.engine.ivr;

import java.util.Objects;

/**
 * Where a transfer node sends the caller, written {@code agent:ID},
 * {@code extension:NUMBER} or {@code external:NUMBER} in configuration.
 */
public record TransferTarget(Kind kind, String destination) {

	public TransferTarget {
		Objects.requireNonNull(kind, "kind");
		if (destination == null || destination.isBlank()) {
			throw new IllegalArgumentException("transfer destination must not be empty");
		}
	}

	/**
	 * Parses {@code agent:ID}, {@code extension:NUMBER} or {@code external:NUMBER}.
	 * @throws IllegalArgumentException naming the accepted forms
	 */
	public static TransferTarget parse(String text) {
		int colon = (text != null) ? text.indexOf(':') : -1;
		if (colon > 0) {
			String prefix = text.substring(0, colon);
			for (Kind kind : Kind.values()) {
				if (kind.prefix.equals(prefix) && colon < text.length() - 1) {
					return new TransferTarget(kind, text.substring(colon + 1));
				}
			}
		}
		throw new IllegalArgumentException(
				"'" + text + "' is not a transfer target; write agent:ID, extension:NUMBER or external:NUMBER");
	}

	@Override
	public String toString() {
		return this.kind.prefix + ":" + this.destination;
	}

	/** The kinds of transfer destination. */
	public enum Kind {

		/** An agent by id: the engine offers the contact to that agent. */
		AGENT("agent"),
		/** An internal extension (a phone that is not an agent's). */
		EXTENSION("extension"),
		/** A number outside the center, reached through a trunk. */
		EXTERNAL("external");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

		/** The configuration prefix, e.g. {@code agent}. */
		public String prefix() {
			return this.prefix;
		}

	}

}
