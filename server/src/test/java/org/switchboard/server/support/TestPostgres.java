package org.switchboard.server.support;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL the {@code *PostgresIT} tests run against, named by
 * {@code SWITCHBOARD_TEST_JDBC_URL} (and optionally {@code SWITCHBOARD_TEST_JDBC_USER},
 * {@code SWITCHBOARD_TEST_JDBC_PASSWORD}); {@code .ci/run} starts a throwaway one.
 */
public final class TestPostgres {

	private TestPostgres() {
	}

	/**
	 * Skips the calling test class, or fails it when {@code CI=true}, unless a database
	 * is named.
	 */
	public static void require() {
		ExternalProgram.require(url() != null, "SWITCHBOARD_TEST_JDBC_URL is not set, so PostgreSQL is not tested");
	}

	/** Points a Spring test context's datasource at the database. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestPostgres::url);
		registry.add("spring.datasource.username", TestPostgres::user);
		registry.add("spring.datasource.password", TestPostgres::password);
	}

	/** A plain datasource for tests without a Spring context. */
	public static DataSource dataSource() {
		return new DriverManagerDataSource(url(), user(), password());
	}

	private static String url() {
		String url = System.getenv("SWITCHBOARD_TEST_JDBC_URL");
		return (url == null || url.isBlank()) ? null : url;
	}

	private static String user() {
		return env("SWITCHBOARD_TEST_JDBC_USER", "postgres");
	}

	private static String password() {
		return env("SWITCHBOARD_TEST_JDBC_PASSWORD", "");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
