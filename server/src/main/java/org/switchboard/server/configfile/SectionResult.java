package org.switchboard.server.configfile;

/** What importing one section changed. */
public record SectionResult(String section, int created, int updated, int unchanged) {

	public static SectionResult count(String section, Iterable<Change> changes) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Change change : changes) {
			switch (change) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				case UNCHANGED -> unchanged++;
			}
		}
		return new SectionResult(section, created, updated, unchanged);
	}

	/** What applying one item did. */
	public enum Change {

		CREATED, UPDATED, UNCHANGED

	}

}
