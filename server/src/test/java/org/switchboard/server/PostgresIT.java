package org.switchboard.server;

import org.junit.jupiter.api.BeforeAll;
import org.switchboard.server.support.ExternalProgram;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The accounts and audit scenario on PostgreSQL, including the Flyway migrations. Needs
 * {@code SWITCHBOARD_TEST_JDBC_URL} (and optionally {@code SWITCHBOARD_TEST_JDBC_USER},
 * {@code SWITCHBOARD_TEST_JDBC_PASSWORD}); mandatory when {@code CI=true}.
 */
class PostgresIT extends AccountsAndAuditScenario {

	@BeforeAll
	static void requirePostgres() {
		ExternalProgram.require(url() != null, "SWITCHBOARD_TEST_JDBC_URL is not set, so PostgreSQL is not tested");
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", PostgresIT::url);
		registry.add("spring.datasource.username", () -> env("SWITCHBOARD_TEST_JDBC_USER", "postgres"));
		registry.add("spring.datasource.password", () -> env("SWITCHBOARD_TEST_JDBC_PASSWORD", ""));
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
