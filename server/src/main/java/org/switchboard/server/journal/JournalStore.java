package org.switchboard.server.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** JDBC access to the {@code engine_journal} table: batched inserts and ordered reads. */
public class JournalStore {

	private static final String COLUMNS = "id, engine_id, seq, type, occurred_at, contact_id, agent_id, queue_name, payload";

	private final JdbcTemplate jdbc;

	public JournalStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts {@code entries} in one JDBC batch and one transaction: either every row is
	 * stored or none is, so that a retried batch never duplicates rows.
	 */
	public void insert(List<JournalEntry> entries) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection
				.prepareStatement("insert into engine_journal (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (JournalEntry entry : entries) {
					bind(statement, entry);
					statement.addBatch();
				}
				statement.executeBatch();
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
			return null;
		});
	}

	private static void bind(PreparedStatement statement, JournalEntry entry) throws SQLException {
		statement.setString(1, entry.id());
		statement.setString(2, entry.engineId());
		statement.setLong(3, entry.seq());
		statement.setString(4, entry.type());
		statement.setTimestamp(5, Timestamp.from(entry.occurredAt()));
		statement.setString(6, entry.contactId());
		statement.setString(7, entry.agentId());
		statement.setString(8, entry.queue());
		statement.setString(9, entry.payload());
	}

	/**
	 * Every entry of {@code types} at or after {@code since}, in the order they were
	 * recorded.
	 */
	public void forEachSince(Instant since, List<String> types, Consumer<JournalEntry> consumer) {
		String placeholders = String.join(", ", types.stream().map((type) -> "?").toList());
		Object[] args = new Object[types.size() + 1];
		args[0] = Timestamp.from(since);
		for (int i = 0; i < types.size(); i++) {
			args[i + 1] = types.get(i);
		}
		this.jdbc.query(
				"select " + COLUMNS + " from engine_journal where occurred_at >= ? and type in (" + placeholders
						+ ") order by occurred_at, engine_id, seq",
				(RowCallbackHandler) (row) -> consumer.accept(entry(row)), args);
	}

	/** Every entry at or after {@code since}, in the order they were recorded. */
	public void forEachSince(Instant since, Consumer<JournalEntry> consumer) {
		this.jdbc.query(
				"select " + COLUMNS
						+ " from engine_journal where occurred_at >= ? order by occurred_at, engine_id, seq",
				(RowCallbackHandler) (row) -> consumer.accept(entry(row)), Timestamp.from(since));
	}

	/** Entries of one contact in recorded order. */
	public List<JournalEntry> contact(String contactId) {
		return this.jdbc.query(
				"select " + COLUMNS + " from engine_journal where contact_id = ? order by engine_id, seq",
				(row, i) -> entry(row), contactId);
	}

	private static JournalEntry entry(ResultSet row) throws SQLException {
		return new JournalEntry(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
				row.getTimestamp(5).toInstant(), row.getString(6), row.getString(7), row.getString(8),
				row.getString(9));
	}

	/** How many entries the table holds. */
	public long count() {
		Long count = this.jdbc.queryForObject("select count(*) from engine_journal", Long.class);
		return (count != null) ? count : 0;
	}

}
