package org.switchboard.engine.ivr;

import java.util.Set;

/**
 * The names an IVR flow may refer to outside itself, for
 * {@link IvrFlowValidator#validate(IvrFlow, IvrReferences)}: configured queues, business
 * calendars, agents and extensions. A null set means "do not check this kind".
 */
public record IvrReferences(Set<String> queues, Set<String> calendars, Set<String> agents, Set<String> extensions) {

	public IvrReferences {
		queues = (queues != null) ? Set.copyOf(queues) : null;
		calendars = (calendars != null) ? Set.copyOf(calendars) : null;
		agents = (agents != null) ? Set.copyOf(agents) : null;
		extensions = (extensions != null) ? Set.copyOf(extensions) : null;
	}

	/** References to queues, calendars and agents; extensions are not checked. */
	public IvrReferences(Set<String> queues, Set<String> calendars, Set<String> agents) {
		this(queues, calendars, agents, null);
	}

	/** References that are not checked at all. */
	public static IvrReferences unchecked() {
		return new IvrReferences(null, null, null, null);
	}

}
