package org.switchboard.server.contactcenter;

import org.junit.jupiter.api.BeforeAll;
import org.switchboard.server.support.TestPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The contact-center sections on PostgreSQL ({@code SWITCHBOARD_TEST_JDBC_URL});
 * mandatory when {@code CI=true}.
 */
class ContactCenterConfigPostgresIT extends ContactCenterConfigTests {

	@BeforeAll
	static void requirePostgres() {
		TestPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
