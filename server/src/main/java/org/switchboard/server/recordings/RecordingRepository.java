package org.switchboard.server.recordings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code recording} table. */
@Repository
class RecordingRepository {

	private final JdbcClient jdbc;

	RecordingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a row unless one exists for the same contact and file; true if inserted.
	 */
	boolean insertIfAbsent(StoredRecording recording, Instant storedAt) {
		if (findByContactAndFile(recording.contactId(), recording.filePath()).isPresent()) {
			return false;
		}
		this.jdbc.sql("""
				insert into recording (id, contact_id, call_id, caller, agent_id, queue_name, file_path, started_at,
				duration_ms, size_bytes, sha256, stored_at, kind, mailbox)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(recording.id(), recording.contactId(), recording.callId(), recording.caller(), recording.agentId(),
					recording.queue(), recording.filePath(), utc(recording.startedAt()), recording.durationMillis(),
					recording.sizeBytes(), recording.sha256(), utc(storedAt), recording.kind(), recording.mailbox())
			.update();
		return true;
	}

	Optional<StoredRecording> findByContactAndFile(String contactId, String filePath) {
		return this.jdbc.sql("select * from recording where contact_id = ? and file_path = ?")
			.params(contactId, filePath)
			.query(RecordingRepository::row)
			.optional();
	}

	List<StoredRecording> findByContact(String contactId) {
		return this.jdbc.sql("select * from recording where contact_id = ? order by started_at")
			.param(contactId)
			.query(RecordingRepository::row)
			.list();
	}

	Optional<StoredRecording> find(String id) {
		return this.jdbc.sql("select * from recording where id = ?")
			.param(id)
			.query(RecordingRepository::row)
			.optional();
	}

	/** Recordings (with audio) matching {@code query}, newest first. */
	List<StoredRecording> find(RecordingQuery query) {
		StringBuilder sql = new StringBuilder("select * from recording where deleted_at is null");
		List<Object> params = new ArrayList<>();
		if (query.from() != null) {
			sql.append(" and started_at >= ?");
			params.add(utc(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and started_at < ?");
			params.add(utc(query.to()));
		}
		String number = RecordingQuery.blankToNull(query.number());
		if (number != null) {
			sql.append(" and caller like ? escape '\\'");
			params.add("%" + escapeLike(number) + "%");
		}
		addEquals(sql, params, "agent_id", RecordingQuery.blankToNull(query.agent()));
		addEquals(sql, params, "queue_name", RecordingQuery.blankToNull(query.queue()));
		String kind = RecordingQuery.blankToNull(query.kind());
		addEquals(sql, params, "kind", (kind != null) ? kind.toUpperCase(java.util.Locale.ROOT) : null);
		addEquals(sql, params, "mailbox", RecordingQuery.blankToNull(query.mailbox()));
		if (query.minDurationSeconds() != null) {
			sql.append(" and duration_ms >= ?");
			params.add(query.minDurationSeconds() * 1000L);
		}
		sql.append(" order by started_at desc, id desc offset ")
			.append(query.effectiveOffset())
			.append(" rows fetch first ")
			.append(query.effectiveLimit())
			.append(" rows only");
		return this.jdbc.sql(sql.toString()).params(params).query(RecordingRepository::row).list();
	}

	/** Recordings with audio that began before {@code cutoff}. */
	List<StoredRecording> startedBefore(Instant cutoff) {
		return this.jdbc.sql("select * from recording where deleted_at is null and started_at < ? order by started_at")
			.param(utc(cutoff))
			.query(RecordingRepository::row)
			.list();
	}

	void markDeleted(String id, Instant at) {
		this.jdbc.sql("update recording set deleted_at = ? where id = ? and deleted_at is null")
			.params(utc(at), id)
			.update();
	}

	private static void addEquals(StringBuilder sql, List<Object> params, String column, String value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = ?");
			params.add(value);
		}
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static StoredRecording row(ResultSet rs, int row) throws SQLException {
		OffsetDateTime deleted = rs.getObject("deleted_at", OffsetDateTime.class);
		return new StoredRecording(rs.getString("id"), rs.getString("contact_id"), rs.getString("call_id"),
				rs.getString("caller"), rs.getString("agent_id"), rs.getString("queue_name"), rs.getString("file_path"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getLong("duration_ms"),
				rs.getLong("size_bytes"), rs.getString("sha256"), (deleted != null) ? deleted.toInstant() : null,
				rs.getString("kind"), rs.getString("mailbox"));
	}

}
