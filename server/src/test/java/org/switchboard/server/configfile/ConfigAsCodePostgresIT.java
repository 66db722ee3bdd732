package org.switchboard.server.configfile;

import org.junit.jupiter.api.BeforeAll;
import org.switchboard.server.support.TestPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Configuration as code on PostgreSQL ({@code SWITCHBOARD_TEST_JDBC_URL}); mandatory when
 * {@code CI=true}.
 */
class ConfigAsCodePostgresIT extends ConfigAsCodeScenario {

	@BeforeAll
	static void requirePostgres() {
		TestPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
