package org.switchboard.server.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Appends to and reads the audit log; the only writer of the audit table. */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records an administrative change; the source address is taken from the current HTTP
	 * request, if any.
	 * @param actor job number of who made the change
	 * @param action what was done, e.g. {@code USER_UPDATED}
	 * @param target what it was done to
	 * @param before state before (serialized to JSON), or {@code null}
	 * @param after state after (serialized to JSON), or {@code null}
	 */
	public void recordChange(String actor, String action, String target, Object before, Object after) {
		record(actor, action, target, currentRemoteAddress(), toJson(before), toJson(after));
	}

	/**
	 * Records a fact with an explicit source address (used for logins).
	 * @param actor job number (as typed, for failed logins)
	 * @param action what happened
	 * @param target what it happened to, or {@code null}
	 * @param sourceAddress the client's address, or {@code null}
	 */
	public void recordEvent(String actor, String action, String target, String sourceAddress) {
		record(actor, action, target, sourceAddress, null, null);
	}

	private void record(String actor, String action, String target, String sourceAddress, String before, String after) {
		this.jdbc.sql("""
				insert into audit_event (id, occurred_at, actor, action, target, source_address, before_value,
				after_value) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID().toString(), this.clock.instant().atOffset(ZoneOffset.UTC), truncate(actor, 64),
					action, truncate(target, 200), truncate(sourceAddress, 64), truncate(before, 8000),
					truncate(after, 8000))
			.update();
		log.info("audit {} by {} on {} from {}", action, actor, target, sourceAddress);
	}

	/** Entries matching {@code query}, newest first. */
	public List<AuditEntry> find(AuditQuery query) {
		StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (AuditQuery.blankToNull(query.actor()) != null) {
			sql.append(" and actor = ?");
			params.add(query.actor().strip());
		}
		if (AuditQuery.blankToNull(query.action()) != null) {
			sql.append(" and action = ?");
			params.add(query.action().strip());
		}
		if (AuditQuery.blankToNull(query.target()) != null) {
			sql.append(" and target like ?");
			params.add("%" + query.target().strip() + "%");
		}
		if (query.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(query.from().atOffset(ZoneOffset.UTC));
		}
		if (query.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(query.to().atOffset(ZoneOffset.UTC));
		}
		sql.append(" order by occurred_at desc, seq desc fetch first ")
			.append(query.effectiveLimit())
			.append(" rows only");
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new AuditEntry(rs.getString("id"),
					rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("target"), rs.getString("source_address"),
					rs.getString("before_value"), rs.getString("after_value")))
			.list();
	}

	private String toJson(Object value) {
		return (value != null) ? this.json.writeValueAsString(value) : null;
	}

	private static String truncate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

	private static String currentRemoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
