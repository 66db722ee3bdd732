package org.switchboard.engine.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a service is open: weekly opening hours in a time zone, holidays (closed all day)
 * and special days (their own hours, overriding both the week and holidays). A day
 * without hours is closed.
 */
public final class BusinessCalendar {

	private final ZoneId zone;

	private final Map<DayOfWeek, List<OpeningHours>> weekly;

	private final Set<LocalDate> holidays;

	private final Map<LocalDate, List<OpeningHours>> specialDays;

	private BusinessCalendar(Builder builder) {
		this.zone = builder.zone;
		this.weekly = copy(builder.weekly);
		this.holidays = Set.copyOf(builder.holidays);
		this.specialDays = copy(builder.specialDays);
	}

	private static <K> Map<K, List<OpeningHours>> copy(Map<K, List<OpeningHours>> source) {
		Map<K, List<OpeningHours>> copy = new HashMap<>();
		source.forEach((key, hours) -> copy.put(key, List.copyOf(hours)));
		return Map.copyOf(copy);
	}

	/** Starts a calendar in {@code zone}; every day is closed until opened. */
	public static Builder in(ZoneId zone) {
		return new Builder(zone);
	}

	/** A calendar that is always open (for tests and 24/7 services). */
	public static BusinessCalendar alwaysOpen(ZoneId zone) {
		Builder builder = in(zone);
		for (DayOfWeek day : DayOfWeek.values()) {
			builder.open(day, "00:00-24:00");
		}
		return builder.build();
	}

	/** Whether the service is open at {@code instant}. */
	public boolean isOpen(Instant instant) {
		ZonedDateTime local = instant.atZone(this.zone);
		LocalDate date = local.toLocalDate();
		List<OpeningHours> hours = hoursOn(date);
		for (OpeningHours interval : hours) {
			if (interval.contains(local.toLocalTime())) {
				return true;
			}
		}
		return false;
	}

	/** The opening hours that apply on {@code date} (empty when closed all day). */
	public List<OpeningHours> hoursOn(LocalDate date) {
		List<OpeningHours> special = this.specialDays.get(date);
		if (special != null) {
			return special;
		}
		if (this.holidays.contains(date)) {
			return List.of();
		}
		return this.weekly.getOrDefault(date.getDayOfWeek(), List.of());
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** Builds a {@link BusinessCalendar}. */
	public static final class Builder {

		private final ZoneId zone;

		private final Map<DayOfWeek, List<OpeningHours>> weekly = new EnumMap<>(DayOfWeek.class);

		private final Set<LocalDate> holidays = new HashSet<>();

		private final Map<LocalDate, List<OpeningHours>> specialDays = new HashMap<>();

		private Builder(ZoneId zone) {
			if (zone == null) {
				throw new IllegalArgumentException("a business calendar needs a time zone");
			}
			this.zone = zone;
		}

		/**
		 * Opens {@code day} every week during {@code hours} (e.g. {@code "08:00-12:00"}).
		 */
		public Builder open(DayOfWeek day, String hours) {
			this.weekly.computeIfAbsent(day, (key) -> new ArrayList<>()).add(OpeningHours.parse(hours));
			return this;
		}

		/** Opens Monday to Friday during {@code hours}. */
		public Builder weekdays(String hours) {
			for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY)) {
				open(day, hours);
			}
			return this;
		}

		/** Closes {@code date} all day. */
		public Builder holiday(LocalDate date) {
			this.holidays.add(date);
			return this;
		}

		/**
		 * Gives {@code date} its own hours, overriding the week and holidays; no hours
		 * means closed.
		 */
		public Builder specialDay(LocalDate date, String... hours) {
			List<OpeningHours> list = this.specialDays.computeIfAbsent(date, (key) -> new ArrayList<>());
			for (String interval : hours) {
				list.add(OpeningHours.parse(interval));
			}
			return this;
		}

		public BusinessCalendar build() {
			return new BusinessCalendar(this);
		}

	}

}
