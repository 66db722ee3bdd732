package org.switchboard.server.centeradmin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.switchboard.server.centeradmin.Field.Kind;

/**
 * The kinds of items the admin pages edit: the configuration section each lives in, the
 * key naming an item, and the fields of its form (in the configuration file's words).
 */
public enum CenterEntity {

	QUEUES("queues", "queues", "name", List.of("name", "strategy", "requiredSkills", "serviceLevelSeconds"),
			List.of(Field.of("name", Kind.TEXT),
					Field.select("strategy",
							List.of("longest-idle", "round-robin", "ring-all", "linear", "random", "fewest-calls",
									"least-talk-time", "best-skill", "sticky"),
							"longest-idle"),
					Field.of("requiredSkills", Kind.LEVELS), Field.of("priority", Kind.NUMBER),
					Field.of("serviceLevelSeconds", Kind.NUMBER), Field.of("wrapUpSeconds", Kind.NUMBER),
					Field.of("ringTimeoutSeconds", Kind.NUMBER), Field.of("calendar", Kind.TEXT),
					Field.of("closedTarget", Kind.TEXT), Field.of("maxWaitSeconds", Kind.NUMBER),
					Field.of("maxWaitTarget", Kind.TEXT), Field.of("maxLength", Kind.NUMBER),
					Field.of("fullTarget", Kind.TEXT), Field.flag("joinWhenEmpty", true),
					Field.flag("leaveWhenEmpty", false), Field.of("emptyTarget", Kind.TEXT),
					Field.of("estimatedWaitSeconds", Kind.NUMBER), Field.of("estimatedWaitTarget", Kind.TEXT),
					Field.of("agingSeconds", Kind.NUMBER), Field.of("stickyDays", Kind.NUMBER),
					Field.of("stickyWaitSeconds", Kind.NUMBER), Field.of("defaultHandleSeconds", Kind.NUMBER),
					Field.of("popUrl", Kind.TEXT))),

	EXTENSIONS("extensions", "extensions", "number", List.of("number", "displayName", "enabled"),
			List.of(Field.of("number", Kind.TEXT), Field.of("password", Kind.PASSWORD),
					Field.of("displayName", Kind.TEXT), Field.flag("enabled", true))),

	AGENTS("agents", "agents", "jobNumber", List.of("jobNumber", "name", "extension", "skills", "queues"),
			List.of(Field.of("jobNumber", Kind.TEXT), Field.of("name", Kind.TEXT), Field.of("password", Kind.PASSWORD),
					Field.of("extension", Kind.TEXT), Field.of("skills", Kind.LEVELS), Field.of("queues", Kind.LEVELS),
					Field.of("maxRingMisses", Kind.NUMBER), Field.of("department", Kind.TEXT))),

	IVRS("ivrs", "ivrs", "name", List.of("name", "start"),
			List.of(Field.of("name", Kind.TEXT), Field.of("start", Kind.TEXT), Field.of("nodes", Kind.YAML))),

	ROUTES("routes", "inboundRoutes", "number", List.of("number", "destination", "calendar", "closedDestination"),
			List.of(Field.of("number", Kind.TEXT), Field.of("destination", Kind.TEXT), Field.of("calendar", Kind.TEXT),
					Field.of("closedDestination", Kind.TEXT))),

	CALENDARS("calendars", "calendars", "name", List.of("name", "timeZone", "weekdays", "holidays"),
			List.of(Field.of("name", Kind.TEXT), Field.of("timeZone", Kind.TEXT), Field.of("weekdays", Kind.LIST),
					Field.of("days.monday", Kind.LIST), Field.of("days.tuesday", Kind.LIST),
					Field.of("days.wednesday", Kind.LIST), Field.of("days.thursday", Kind.LIST),
					Field.of("days.friday", Kind.LIST), Field.of("days.saturday", Kind.LIST),
					Field.of("days.sunday", Kind.LIST), Field.of("holidays", Kind.LIST),
					Field.of("specialDays", Kind.YAML))),

	BLACKLIST("blacklist", "blacklist", "name", List.of("name", "numbers", "prefixes", "divert"),
			List.of(Field.of("name", Kind.TEXT), Field.of("numbers", Kind.LIST), Field.of("prefixes", Kind.LIST),
					Field.of("divert", Kind.TEXT))),

	REASON_CODES("reason-codes", "reasonCodes", "code", List.of("code", "label"),
			List.of(Field.of("code", Kind.TEXT), Field.of("label", Kind.TEXT))),

	DISPOSITION_CODES("disposition-codes", "dispositionCodes", "code", List.of("code", "label"),
			List.of(Field.of("code", Kind.TEXT), Field.of("label", Kind.TEXT)));

	private final String path;

	private final String section;

	private final String idField;

	private final List<String> columns;

	private final List<Field> fields;

	CenterEntity(String path, String section, String idField, List<String> columns, List<Field> fields) {
		this.path = path;
		this.section = section;
		this.idField = idField;
		this.columns = columns;
		this.fields = fields;
	}

	static Optional<CenterEntity> byPath(String path) {
		return Arrays.stream(values()).filter((entity) -> entity.path.equals(path)).findFirst();
	}

	/** The URL segment under {@code /admin/center/}. */
	public String path() {
		return this.path;
	}

	/** The configuration file's top-level key. */
	public String section() {
		return this.section;
	}

	/** The item key that names an item, e.g. {@code name} or {@code jobNumber}. */
	public String idField() {
		return this.idField;
	}

	/** The item keys shown in the list. */
	public List<String> columns() {
		return this.columns;
	}

	public List<Field> fields() {
		return this.fields;
	}

	/** The message key of the entity's title. */
	public String title() {
		return "center." + this.path + ".title";
	}

}
