package org.switchboard.server.desk;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code dispositions} table: one row per saved disposition. */
@Repository
class Dispositions {

	private final JdbcTemplate jdbc;

	Dispositions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(Disposition disposition) {
		this.jdbc.update(
				"insert into dispositions (id, contact_id, agent_id, caller_number, queue, code, summary, created_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID().toString(), disposition.contactId(), disposition.agentId(),
				disposition.callerNumber(), disposition.queue(), disposition.code(), disposition.summary(),
				Timestamp.from(disposition.createdAt()));
	}

	/** The latest {@code limit} dispositions of contacts from {@code callerNumber}. */
	List<Disposition> lastFrom(String callerNumber, int limit) {
		return this.jdbc.query(
				"select contact_id, agent_id, caller_number, queue, code, summary, created_at"
						+ " from dispositions where caller_number = ? order by created_at desc limit ?",
				(rs, row) -> new Disposition(rs.getString("contact_id"), rs.getString("agent_id"),
						rs.getString("caller_number"), rs.getString("queue"), rs.getString("code"),
						rs.getString("summary"), rs.getTimestamp("created_at").toInstant()),
				callerNumber, limit);
	}

	/** Dispositions saved for {@code contactId}. */
	List<Disposition> forContact(String contactId) {
		return this.jdbc.query(
				"select contact_id, agent_id, caller_number, queue, code, summary, created_at"
						+ " from dispositions where contact_id = ? order by created_at",
				(rs, row) -> new Disposition(rs.getString("contact_id"), rs.getString("agent_id"),
						rs.getString("caller_number"), rs.getString("queue"), rs.getString("code"),
						rs.getString("summary"), rs.getTimestamp("created_at").toInstant()),
				contactId);
	}

}
