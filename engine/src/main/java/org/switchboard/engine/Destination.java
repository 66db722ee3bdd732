package org.switchboard.engine;

/**
 * Where a contact goes: an entry, an overflow target, a closed-hours or blacklist
 * destination, or a transfer target. Written in configuration as {@code queue:NAME},
 * {@code agent:ID}, {@code ivr:NAME}, {@code voicemail:BOX}, {@code extension:NUMBER} (an
 * internal phone that is not an agent's), {@code external:NUMBER}, {@code message:PROMPT}
 * (play, then hang up), {@code hangup} or {@code relax-skills} (stay in the queue, any
 * member may take the contact).
 */
public record Destination(Kind kind, String target) {

	public Destination {
		if (kind == null) {
			throw new IllegalArgumentException("a destination needs a kind");
		}
		boolean needsTarget = kind != Kind.HANGUP && kind != Kind.RELAX_SKILLS;
		if (needsTarget && (target == null || target.isBlank())) {
			throw new IllegalArgumentException("destination " + kind.prefix + " needs a name after the colon");
		}
	}

	/** Parses the configuration form, e.g. {@code queue:sales}. */
	public static Destination parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a destination is empty; write e.g. queue:sales or hangup");
		}
		String trimmed = text.trim();
		if (trimmed.equals(Kind.HANGUP.prefix)) {
			return new Destination(Kind.HANGUP, null);
		}
		if (trimmed.equals(Kind.RELAX_SKILLS.prefix)) {
			return new Destination(Kind.RELAX_SKILLS, null);
		}
		int colon = trimmed.indexOf(':');
		if (colon > 0) {
			String prefix = trimmed.substring(0, colon);
			for (Kind kind : Kind.values()) {
				if (kind.prefix.equals(prefix)) {
					return new Destination(kind, trimmed.substring(colon + 1));
				}
			}
		}
		throw new IllegalArgumentException("destination '" + text
				+ "' is not one of queue:, agent:, ivr:, voicemail:, extension:, external:, message:, hangup, relax-skills");
	}

	public static Destination queue(String name) {
		return new Destination(Kind.QUEUE, name);
	}

	@Override
	public String toString() {
		return (this.target != null) ? this.kind.prefix + ":" + this.target : this.kind.prefix;
	}

	/** The kinds of destination. */
	public enum Kind {

		QUEUE("queue"), AGENT("agent"), IVR("ivr"), VOICEMAIL("voicemail"), EXTENSION("extension"),
		EXTERNAL("external"), MESSAGE("message"), HANGUP("hangup"), RELAX_SKILLS("relax-skills");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

	}

}
