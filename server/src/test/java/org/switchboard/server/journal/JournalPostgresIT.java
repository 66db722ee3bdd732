package org.switchboard.server.journal;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.switchboard.server.support.ExternalProgram;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The persisted journal on PostgreSQL ({@code SWITCHBOARD_TEST_JDBC_URL}, optionally
 * {@code SWITCHBOARD_TEST_JDBC_USER} and {@code SWITCHBOARD_TEST_JDBC_PASSWORD});
 * mandatory when {@code CI=true}.
 */
class JournalPostgresIT extends JournalScenario {

	@BeforeAll
	static void requirePostgres() {
		ExternalProgram.require(url() != null, "SWITCHBOARD_TEST_JDBC_URL is not set, so PostgreSQL is not tested");
	}

	@Override
	DataSource dataSource() {
		return new DriverManagerDataSource(url(), env("SWITCHBOARD_TEST_JDBC_USER", "postgres"),
				env("SWITCHBOARD_TEST_JDBC_PASSWORD", ""));
	}

	private static String url() {
		String url = System.getenv("SWITCHBOARD_TEST_JDBC_URL");
		return (url == null || url.isBlank()) ? null : url;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
