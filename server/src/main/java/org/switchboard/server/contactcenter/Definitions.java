package org.switchboard.server.contactcenter;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.Destination;
import org.switchboard.engine.QueueConfig;
import org.switchboard.engine.calendar.BusinessCalendar;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queue and calendar definitions in the configuration file's shape (plain maps), turned
 * into the engine's objects. The same code checks a file being imported and builds the
 * running configuration, so whatever imports also runs. Problems throw
 * {@link IllegalArgumentException} with a message for the administrator.
 */
final class Definitions {

	static final Set<String> QUEUE_KEYS = Set.of("name", "strategy", "requiredSkills", "priority",
			"serviceLevelSeconds", "wrapUpSeconds", "ringTimeoutSeconds", "maxWaitSeconds", "maxWaitTarget",
			"maxLength", "fullTarget", "joinWhenEmpty", "leaveWhenEmpty", "emptyTarget", "estimatedWaitSeconds",
			"estimatedWaitTarget", "agingSeconds", "stickyDays", "stickyWaitSeconds", "calendar", "closedTarget",
			"defaultHandleSeconds", "popUrl");

	static final Set<String> CALENDAR_KEYS = Set.of("name", "timeZone", "weekdays", "days", "holidays", "specialDays");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Definitions() {
	}

	static String toJson(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Map<String, Object> fromJson(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	static QueueConfig queue(Map<String, ?> map) {
		String name = text(map, "name");
		return new QueueConfig(name, textOr(map, "strategy", "longest-idle"), levels(map, "requiredSkills"),
				number(map, "priority", 0), number(map, "serviceLevelSeconds", 20), number(map, "wrapUpSeconds", 0),
				number(map, "ringTimeoutSeconds", 20), number(map, "maxWaitSeconds", 0), target(map, "maxWaitTarget"),
				number(map, "maxLength", 0), target(map, "fullTarget"), flag(map, "joinWhenEmpty", true),
				flag(map, "leaveWhenEmpty", false), target(map, "emptyTarget"), number(map, "estimatedWaitSeconds", 0),
				target(map, "estimatedWaitTarget"), number(map, "agingSeconds", 0), number(map, "stickyDays", 30),
				number(map, "stickyWaitSeconds", 30), textOr(map, "calendar", null), target(map, "closedTarget"),
				number(map, "defaultHandleSeconds", 180));
	}

	/** A calendar; {@code fallbackZone} when it names no {@code timeZone}. */
	static BusinessCalendar calendar(Map<String, ?> map, ZoneId fallbackZone) {
		String zone = textOr(map, "timeZone", null);
		BusinessCalendar.Builder builder = BusinessCalendar.in((zone != null) ? zoneOf(zone) : fallbackZone);
		hours(map.get("weekdays")).forEach(builder::weekdays);
		mapOf(map, "days").forEach((day, hours) -> {
			DayOfWeek weekday = dayOf(String.valueOf(day));
			hours(hours).forEach((interval) -> builder.open(weekday, interval));
		});
		for (Object date : listOf(map.get("holidays"), "holidays")) {
			builder.holiday(dateOf(date));
		}
		mapOf(map, "specialDays")
			.forEach((date, hours) -> builder.specialDay(dateOf(date), hours(hours).toArray(String[]::new)));
		return builder.build();
	}

	static Map<String, Integer> levels(Map<String, ?> map, String key) {
		Map<String, Integer> levels = new LinkedHashMap<>();
		mapOf(map, key).forEach((skill, level) -> levels.put(String.valueOf(skill), asInt(key + "." + skill, level)));
		return levels;
	}

	static String text(Map<String, ?> map, String key) {
		String value = textOr(map, key, null);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + key + "' is required");
		}
		return value;
	}

	static String textOr(Map<String, ?> map, String key, String fallback) {
		Object value = map.get(key);
		if (value instanceof Map || value instanceof List) {
			throw new IllegalArgumentException("'" + key + "' must be a single value");
		}
		return (value != null) ? String.valueOf(value) : fallback;
	}

	static int number(Map<String, ?> map, String key, int fallback) {
		Object value = map.get(key);
		return (value != null) ? asInt(key, value) : fallback;
	}

	private static int asInt(String key, Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		try {
			return Integer.parseInt(String.valueOf(value).strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + key + "' must be a whole number, not '" + value + "'");
		}
	}

	private static boolean flag(Map<String, ?> map, String key, boolean fallback) {
		Object value = map.get(key);
		if (value == null) {
			return fallback;
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		throw new IllegalArgumentException("'" + key + "' must be true or false, not '" + value + "'");
	}

	private static Destination target(Map<String, ?> map, String key) {
		String text = textOr(map, key, null);
		return (text != null) ? Destination.parse(text) : null;
	}

	private static Map<?, ?> mapOf(Map<String, ?> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			return Map.of();
		}
		if (value instanceof Map<?, ?> nested) {
			return nested;
		}
		throw new IllegalArgumentException("'" + key + "' must be a mapping of name: value");
	}

	private static List<?> listOf(Object value, String key) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list;
		}
		throw new IllegalArgumentException("'" + key + "' must be a list");
	}

	private static List<String> hours(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

	private static ZoneId zoneOf(String zone) {
		try {
			return ZoneId.of(zone);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("unknown time zone '" + zone + "' (write e.g. Asia/Shanghai)");
		}
	}

	private static DayOfWeek dayOf(String day) {
		try {
			return DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown day '" + day + "' (write monday ... sunday)");
		}
	}

	private static LocalDate dateOf(Object date) {
		if (date instanceof java.util.Date legacy) {
			return legacy.toInstant().atZone(ZoneId.of("UTC")).toLocalDate();
		}
		try {
			return LocalDate.parse(String.valueOf(date));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("'" + date + "' is not a date like 2026-10-01");
		}
	}

}
