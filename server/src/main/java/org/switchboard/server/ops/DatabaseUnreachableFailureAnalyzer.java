package org.switchboard.server.ops;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Explains in one line why the database could not be used at start-up. Recognises
 * SQLSTATE class 08 (connection exception, SQL:2016 §24.1), 28 (invalid authorization),
 * H2's "file in use" (90020) and socket-level failures anywhere in the cause chain.
 */
public class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String ACTION = "Check spring.datasource.url, spring.datasource.username and "
			+ "spring.datasource.password (or SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, "
			+ "SPRING_DATASOURCE_PASSWORD) and that the database server is running and reachable.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		String reason = reason(failure);
		if (reason == null) {
			return null;
		}
		return new FailureAnalysis("Cannot use the database: " + reason, ACTION, failure);
	}

	/**
	 * The one-line reason, or {@code null} if the failure is not about reaching the
	 * database.
	 */
	static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = nextCause(cause)) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || state.startsWith("28") || state.equals("90020")
						|| state.equals("3D000")) {
					return firstLine(sql.getMessage()) + " (SQLSTATE " + state + ")";
				}
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage());
			}
		}
		return null;
	}

	private static Throwable nextCause(Throwable throwable) {
		Throwable next = throwable.getCause();
		return (next != throwable) ? next : null;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "(no message)";
		}
		int newline = message.indexOf('\n');
		return ((newline >= 0) ? message.substring(0, newline) : message).strip();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
