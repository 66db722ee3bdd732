package org.switchboard.server.journal;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.switchboard.server.support.TestPostgres;

/**
 * The persisted journal on PostgreSQL ({@code SWITCHBOARD_TEST_JDBC_URL}, optionally
 * {@code SWITCHBOARD_TEST_JDBC_USER} and {@code SWITCHBOARD_TEST_JDBC_PASSWORD});
 * mandatory when {@code CI=true}.
 */
class JournalPostgresIT extends JournalScenario {

	@BeforeAll
	static void requirePostgres() {
		TestPostgres.require();
	}

	@Override
	DataSource dataSource() {
		return TestPostgres.dataSource();
	}

}
