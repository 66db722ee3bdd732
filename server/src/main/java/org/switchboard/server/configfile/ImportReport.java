package org.switchboard.server.configfile;

import java.util.List;

/** The outcome of an accepted import, section by section. */
public record ImportReport(List<SectionResult> sections) {

	public boolean changedAnything() {
		return this.sections.stream().anyMatch((s) -> s.created() + s.updated() > 0);
	}

}
