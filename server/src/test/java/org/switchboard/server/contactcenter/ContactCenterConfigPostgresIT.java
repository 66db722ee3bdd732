package org.switchboard.server.contactcenter;

import org.junit.jupiter.api.BeforeAll;
import org.switchboard.server.support.ExternalProgram;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The contact-center sections on PostgreSQL ({@code SWITCHBOARD_TEST_JDBC_URL});
 * mandatory when {@code CI=true}.
 */
class ContactCenterConfigPostgresIT extends ContactCenterConfigTests {

	@BeforeAll
	static void requirePostgres() {
		ExternalProgram.require(url() != null, "SWITCHBOARD_TEST_JDBC_URL is not set, so PostgreSQL is not tested");
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ContactCenterConfigPostgresIT::url);
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
