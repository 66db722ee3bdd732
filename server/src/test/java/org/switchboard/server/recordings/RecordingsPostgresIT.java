package org.switchboard.server.recordings;

import org.junit.jupiter.api.BeforeAll;
import org.switchboard.server.support.TestPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The recordings scenario on PostgreSQL, including the V50 migration. Needs
 * {@code SWITCHBOARD_TEST_JDBC_URL} (and optionally {@code SWITCHBOARD_TEST_JDBC_USER},
 * {@code SWITCHBOARD_TEST_JDBC_PASSWORD}); mandatory when {@code CI=true}.
 */
class RecordingsPostgresIT extends RecordingsScenario {

	@BeforeAll
	static void requirePostgres() {
		TestPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
