package org.switchboard.engine.ivr;

import java.util.Set;

/**
 * The names an IVR flow may refer to outside itself, for
 * {@link IvrFlowValidator#validate(IvrFlow, IvrReferences)}: configured queues, business
 * calendars and agents. A null set means "do not check this kind".
 */
public record IvrReferences(Set<String> queues, Set<String> calendars, Set<String> agents) {

	public IvrReferences {
		queues = (queues != null) ? Set.copyOf(queues) : null;
		calendars = (calendars != null) ? Set.copyOf(calendars) : null;
		agents = (agents != null) ? Set.copyOf(agents) : null;
	}

	/** References that are not checked at all. */
	public static IvrReferences unchecked() {
		return new IvrReferences(null, null, null);
	}

}
