package org.switchboard.engine.calendar;

import java.time.LocalTime;

/**
 * One opening interval of a day, from {@code from} (inclusive) to {@code to} (exclusive);
 * {@code to} of 00:00 means until midnight.
 */
public record OpeningHours(LocalTime from, LocalTime to) {

	public OpeningHours {
		if (from == null || to == null) {
			throw new IllegalArgumentException("opening hours need both a start and an end time");
		}
		if (!to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
			throw new IllegalArgumentException(
					"opening hours " + from + "-" + to + " end before they start; use 00:00 as end for midnight");
		}
	}

	/**
	 * Parses {@code "08:00-18:00"}; {@code "24:00"} is accepted as an end for midnight.
	 */
	public static OpeningHours parse(String text) {
		String[] parts = text.split("-");
		if (parts.length != 2) {
			throw new IllegalArgumentException("opening hours '" + text + "' must look like 08:00-18:00");
		}
		String end = parts[1].trim();
		return new OpeningHours(LocalTime.parse(parts[0].trim()),
				"24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end));
	}

	boolean contains(LocalTime time) {
		boolean afterStart = !time.isBefore(this.from);
		return afterStart && (this.to.equals(LocalTime.MIDNIGHT) || time.isBefore(this.to));
	}

	@Override
	public String toString() {
		return this.from + "-" + (this.to.equals(LocalTime.MIDNIGHT) ? "24:00" : this.to);
	}

}
