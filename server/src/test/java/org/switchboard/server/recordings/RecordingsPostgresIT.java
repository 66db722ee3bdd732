package org.switchboard.server.recordings;

import org.junit.jupiter.api.BeforeAll;
import org.switchboard.server.support.ExternalProgram;

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
		ExternalProgram.require(url() != null, "SWITCHBOARD_TEST_JDBC_URL is not set, so PostgreSQL is not tested");
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", RecordingsPostgresIT::url);
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
