package org.switchboard.engine.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final BusinessCalendar calendar = BusinessCalendar.in(BERLIN)
		.weekdays("08:00-18:00")
		.open(DayOfWeek.SATURDAY, "10:00-14:00")
		.holiday(LocalDate.of(2026, 12, 25))
		.specialDay(LocalDate.of(2026, 12, 24), "08:00-12:00")
		.build();

	@Test
	void isOpenDuringWeekdayHoursInItsOwnTimeZone() {
		// Monday 2 March 2026: Berlin is UTC+1
		assertThat(this.calendar.isOpen(Instant.parse("2026-03-02T07:00:00Z"))).isTrue();
		assertThat(this.calendar.isOpen(Instant.parse("2026-03-02T06:59:59Z"))).isFalse();
		assertThat(this.calendar.isOpen(Instant.parse("2026-03-02T16:59:59Z"))).isTrue();
		assertThat(this.calendar.isOpen(Instant.parse("2026-03-02T17:00:00Z"))).isFalse();
	}

	@Test
	void followsDaylightSavingTime() {
		// Monday 30 March 2026: Berlin is UTC+2, so 08:00 local is 06:00 UTC
		assertThat(this.calendar.isOpen(Instant.parse("2026-03-30T06:00:00Z"))).isTrue();
		assertThat(this.calendar.isOpen(Instant.parse("2026-03-30T16:00:00Z"))).isFalse();
	}

	@Test
	void theSameInstantIsOpenInOneZoneAndClosedInAnother() {
		BusinessCalendar newYork = BusinessCalendar.in(ZoneId.of("America/New_York")).weekdays("08:00-18:00").build();
		Instant berlinMorning = Instant.parse("2026-03-02T08:00:00Z");

		assertThat(this.calendar.isOpen(berlinMorning)).isTrue();
		assertThat(newYork.isOpen(berlinMorning)).isFalse();
	}

	@Test
	void isClosedOnHolidaysAndSundays() {
		assertThat(this.calendar.isOpen(Instant.parse("2026-12-25T10:00:00Z"))).isFalse();
		assertThat(this.calendar.isOpen(Instant.parse("2026-03-08T10:00:00Z"))).isFalse();
		assertThat(this.calendar.isOpen(Instant.parse("2026-03-07T10:00:00Z"))).isTrue();
	}

	@Test
	void specialDayHoursOverrideTheWeek() {
		assertThat(this.calendar.isOpen(Instant.parse("2026-12-24T10:00:00Z"))).isTrue();
		assertThat(this.calendar.isOpen(Instant.parse("2026-12-24T12:00:00Z"))).isFalse();
		assertThat(this.calendar.hoursOn(LocalDate.of(2026, 12, 24))).hasSize(1);
	}

	@Test
	void openUntilMidnightIncludesTheLastMinute() {
		BusinessCalendar late = BusinessCalendar.in(ZoneId.of("UTC")).open(DayOfWeek.MONDAY, "20:00-24:00").build();

		assertThat(late.isOpen(Instant.parse("2026-03-02T23:59:59Z"))).isTrue();
		assertThat(late.isOpen(Instant.parse("2026-03-03T00:00:00Z"))).isFalse();
	}

	@Test
	void rejectsHoursThatEndBeforeTheyStart() {
		assertThatThrownBy(() -> OpeningHours.parse("18:00-08:00")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("18:00-08:00");
	}

}
