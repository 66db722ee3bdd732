package org.switchboard.server.journal;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journal's beans: the store, the buffered writer the engine appends to, the reader.
 */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

	@Bean
	JournalStore journalStore(JdbcTemplate jdbc) {
		return new JournalStore(jdbc);
	}

	@Bean
	PersistentJournal persistentJournal(JournalStore store, JournalProperties properties, MeterRegistry meters) {
		return new PersistentJournal(store, properties, meters);
	}

	@Bean
	JournalHealthIndicator journalHealthIndicator(PersistentJournal journal, JournalProperties properties) {
		return new JournalHealthIndicator(journal, properties);
	}

	@Bean
	JournalRecovery journalRecovery(JournalStore store, JournalProperties properties) {
		return new JournalRecovery(store, properties);
	}

}
