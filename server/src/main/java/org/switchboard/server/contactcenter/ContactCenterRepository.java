package org.switchboard.server.contactcenter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** JDBC access to the contact-center configuration tables. */
@Repository
class ContactCenterRepository {

	private final JdbcTemplate jdbc;

	ContactCenterRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// ---- extensions

	Optional<StoredExtension> findExtension(String number) {
		return this.jdbc.query(
				"select number, realm, ha1_md5, ha1_sha256, display_name, enabled from sip_extension where number = ?",
				ContactCenterRepository::extension, number)
			.stream()
			.findFirst();
	}

	List<StoredExtension> listExtensions() {
		return this.jdbc.query(
				"select number, realm, ha1_md5, ha1_sha256, display_name, enabled from sip_extension order by number",
				ContactCenterRepository::extension);
	}

	private static StoredExtension extension(java.sql.ResultSet row, int i) throws java.sql.SQLException {
		return new StoredExtension(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
				row.getString(5), row.getBoolean(6));
	}

	void saveExtension(StoredExtension extension, boolean exists, Instant now) {
		if (exists) {
			this.jdbc.update(
					"update sip_extension set realm = ?, ha1_md5 = ?, ha1_sha256 = ?, display_name = ?, enabled = ?, "
							+ "updated_at = ? where number = ?",
					extension.realm(), extension.ha1Md5(), extension.ha1Sha256(), extension.displayName(),
					extension.enabled(), Timestamp.from(now), extension.number());
		}
		else {
			this.jdbc.update(
					"insert into sip_extension (number, realm, ha1_md5, ha1_sha256, display_name, enabled, updated_at) "
							+ "values (?, ?, ?, ?, ?, ?, ?)",
					extension.number(), extension.realm(), extension.ha1Md5(), extension.ha1Sha256(),
					extension.displayName(), extension.enabled(), Timestamp.from(now));
		}
	}

	// ---- agents

	List<StoredAgent> listAgents() {
		Map<String, Map<String, Integer>> skills = new LinkedHashMap<>();
		this.jdbc.query("select job_number, skill, skill_level from cc_agent_skill order by job_number, skill",
				(row) -> {
					skills.computeIfAbsent(row.getString(1), (key) -> new LinkedHashMap<>())
						.put(row.getString(2), row.getInt(3));
				});
		return this.jdbc.query(
				"select job_number, extension, queues, max_ring_misses from cc_agent order by job_number",
				(row, i) -> new StoredAgent(row.getString(1), row.getString(2),
						skills.getOrDefault(row.getString(1), Map.of()), queues(row.getString(3)), row.getInt(4)));
	}

	Optional<StoredAgent> findAgent(String jobNumber) {
		return listAgents().stream().filter((agent) -> agent.jobNumber().equals(jobNumber)).findFirst();
	}

	void saveAgent(StoredAgent agent, boolean exists, Instant now) {
		String queues = (agent.queues() != null) ? Definitions.toJson(agent.queues()) : null;
		if (exists) {
			this.jdbc.update(
					"update cc_agent set extension = ?, queues = ?, max_ring_misses = ?, updated_at = ? "
							+ "where job_number = ?",
					agent.extension(), queues, agent.maxRingMisses(), Timestamp.from(now), agent.jobNumber());
			this.jdbc.update("delete from cc_agent_skill where job_number = ?", agent.jobNumber());
		}
		else {
			this.jdbc.update(
					"insert into cc_agent (job_number, extension, queues, max_ring_misses, updated_at) "
							+ "values (?, ?, ?, ?, ?)",
					agent.jobNumber(), agent.extension(), queues, agent.maxRingMisses(), Timestamp.from(now));
		}
		agent.skills()
			.forEach((skill, level) -> this.jdbc.update(
					"insert into cc_agent_skill (job_number, skill, skill_level) values (?, ?, ?)", agent.jobNumber(),
					skill, level));
	}

	private static Map<String, Integer> queues(String json) {
		if (json == null) {
			return null;
		}
		Map<String, Integer> queues = new LinkedHashMap<>();
		Definitions.fromJson(json).forEach((queue, penalty) -> queues.put(queue, ((Number) penalty).intValue()));
		return queues;
	}

	// ---- queues, calendars, IVR flows: a name and a definition in the file's shape

	Map<String, Map<String, Object>> definitions(Kind kind) {
		Map<String, Map<String, Object>> all = new LinkedHashMap<>();
		this.jdbc.query("select name, definition from " + kind.table + " order by name", (row) -> {
			all.put(row.getString(1), Definitions.fromJson(row.getString(2)));
		});
		return all;
	}

	/**
	 * Stores {@code definition} under {@code name}; false when it was already stored so.
	 */
	SaveResult saveDefinition(Kind kind, String name, Map<String, Object> definition, Instant now) {
		String json = Definitions.toJson(definition);
		List<String> stored = this.jdbc.queryForList("select definition from " + kind.table + " where name = ?",
				String.class, name);
		if (stored.isEmpty()) {
			this.jdbc.update("insert into " + kind.table + " (name, definition, updated_at) values (?, ?, ?)", name,
					json, Timestamp.from(now));
			return SaveResult.CREATED;
		}
		if (Definitions.fromJson(stored.get(0)).equals(Definitions.fromJson(json))) {
			return SaveResult.UNCHANGED;
		}
		this.jdbc.update("update " + kind.table + " set definition = ?, updated_at = ? where name = ?", json,
				Timestamp.from(now), name);
		return SaveResult.UPDATED;
	}

	// ---- inbound routes

	List<StoredRoute> listRoutes() {
		return this.jdbc.query(
				"select number, destination, calendar, closed_destination from cc_inbound_route order by number",
				(row, i) -> new StoredRoute(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
	}

	SaveResult saveRoute(StoredRoute route, Instant now) {
		Optional<StoredRoute> existing = listRoutes().stream()
			.filter((stored) -> stored.number().equals(route.number()))
			.findFirst();
		if (existing.isEmpty()) {
			this.jdbc.update(
					"insert into cc_inbound_route (number, destination, calendar, closed_destination, "
							+ "updated_at) values (?, ?, ?, ?, ?)",
					route.number(), route.destination(), route.calendar(), route.closedDestination(),
					Timestamp.from(now));
			return SaveResult.CREATED;
		}
		if (existing.get().equals(route)) {
			return SaveResult.UNCHANGED;
		}
		this.jdbc.update(
				"update cc_inbound_route set destination = ?, calendar = ?, closed_destination = ?, "
						+ "updated_at = ? where number = ?",
				route.destination(), route.calendar(), route.closedDestination(), Timestamp.from(now), route.number());
		return SaveResult.UPDATED;
	}

	/** The tables holding a name and a definition. */
	enum Kind {

		QUEUE("cc_queue"), CALENDAR("cc_calendar"), IVR("cc_ivr"), BLACKLIST("cc_blacklist");

		private final String table;

		Kind(String table) {
			this.table = table;
		}

	}

	/** What saving one item did. */
	enum SaveResult {

		CREATED, UPDATED, UNCHANGED

	}

	/** An extension's digests; the password itself is never stored. */
	record StoredExtension(String number, String realm, String ha1Md5, String ha1Sha256, String displayName,
			boolean enabled) {
	}

	/**
	 * An agent's contact-center settings; {@code queues} null means "every queue whose
	 * required skills the agent has".
	 */
	record StoredAgent(String jobNumber, String extension, Map<String, Integer> skills, Map<String, Integer> queues,
			int maxRingMisses) {

		boolean sameAs(StoredAgent other) {
			return other != null && Objects.equals(this.extension, other.extension) && this.skills.equals(other.skills)
					&& Objects.equals(this.queues, other.queues) && this.maxRingMisses == other.maxRingMisses;
		}

	}

	/** A dialled number and where its calls go. */
	record StoredRoute(String number, String destination, String calendar, String closedDestination) {
	}

}
