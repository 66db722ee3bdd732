package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import org.switchboard.server.configfile.YamlMap;
import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;

import org.springframework.stereotype.Component;

/**
 * The {@code calendars} section: business hours by name.
 *
 * <pre>
 * calendars:
 *   - name: office
 *     timeZone: Asia/Shanghai        # default: switchboard.center.time-zone
 *     weekdays: "09:00-18:00"        # Monday to Friday; or a list of intervals
 *     days: {saturday: ["09:00-12:00"]}
 *     holidays: ["2026-10-01"]
 *     specialDays: {"2026-10-11": ["09:00-18:00"]}
 * </pre>
 */
@Component
class CalendarsConfigSection extends DefinitionSection {

	private final ZoneId zone;

	CalendarsConfigSection(ContactCenterRepository repository, ImportHook hook, Clock clock,
			StoredCenterConfig center) {
		super(repository, hook, clock, Kind.CALENDAR, Definitions.CALENDAR_KEYS);
		this.zone = center.zone();
	}

	@Override
	public String key() {
		return "calendars";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	void check(YamlMap yaml, String name, Map<String, Object> definition) {
		try {
			Definitions.calendar(definition, this.zone);
		}
		catch (RuntimeException ex) {
			yaml.problem(null, "calendar '" + name + "': " + ex.getMessage());
		}
	}

}
