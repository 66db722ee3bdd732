package org.switchboard.server.sip;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.telephony.registrar.Binding;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Registrations written by one store are what the next one (after a restart) loads. */
@SpringBootTest
@ActiveProfiles("test")
class JdbcRegistrationStoreTests {

	private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@BeforeEach
	void empty() {
		this.jdbc.update("delete from sip_registration");
	}

	private JdbcRegistrationStore store() {
		return new JdbcRegistrationStore(this.jdbc, this.transactions, this.clock);
	}

	private static Binding binding(String extension, String contact, long secondsLeft, long cseq) {
		return new Binding(extension, contact, NOW.plusSeconds(secondsLeft), "cid-" + extension, cseq,
				"127.0.0.1:5070");
	}

	@Test
	void whatWasSavedComesBackAfterARestartWithoutWhatExpiredOrWasRemoved() throws Exception {
		JdbcRegistrationStore first = store();
		first.saved(binding("1001", "sip:1001@10.0.0.5:5062", 600, 1));
		first.saved(binding("1001", "sip:1001@10.0.0.5:5062", 900, 2));
		first.saved(binding("1001", "sip:1001@10.0.0.9:5062", 600, 1));
		first.saved(binding("1002", "sip:1002@10.0.0.6:5062", 600, 1));
		first.saved(binding("1003", "sip:1003@10.0.0.7:5062", -1, 1));
		first.saved(binding("1004", "sip:1004@10.0.0.8:5062", 600, 1));
		first.removed("1001", "sip:1001@10.0.0.9:5062");
		first.cleared("1004");
		first.close();

		assertThat(store().load()).containsExactly(binding("1001", "sip:1001@10.0.0.5:5062", 900, 2),
				binding("1002", "sip:1002@10.0.0.6:5062", 600, 1));
		assertThat(this.jdbc.queryForObject("select count(*) from sip_registration where extension = '1003'",
				Integer.class))
			.as("expired rows are deleted at load")
			.isZero();
	}

	@Test
	void keepsTheExpiryToTheSecond() throws Exception {
		Binding binding = new Binding("1005", "sip:1005@10.0.0.5:5062",
				NOW.plus(3599, ChronoUnit.SECONDS).plusMillis(250), "cid", 7, "10.0.0.5:5062");
		JdbcRegistrationStore store = store();
		store.saved(binding);
		store.close();

		assertThat(store().load()).singleElement()
			.satisfies((loaded) -> assertThat(loaded.expires()).isEqualTo(binding.expires()));
	}

}
