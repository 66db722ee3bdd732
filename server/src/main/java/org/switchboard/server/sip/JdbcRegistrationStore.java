package org.switchboard.server.sip;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.telephony.RegistrationStore;
import org.switchboard.telephony.registrar.Binding;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations in table {@code sip_registration}. Changes are written in order by one
 * background thread so that a REGISTER is never answered late because of the database; a
 * change that cannot be written is logged and the next REGISTER of that phone (at most
 * its expiry later) writes it again.
 */
class JdbcRegistrationStore implements RegistrationStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(JdbcRegistrationStore.class);

	private static final Duration DRAIN = Duration.ofSeconds(5);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService writer = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "switchboard-registrations");
		thread.setDaemon(true);
		return thread;
	});

	JdbcRegistrationStore(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public List<Binding> load() {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("delete from sip_registration where expires_at <= ?", now);
		List<Binding> bindings = this.jdbc.query(
				"select extension, contact, expires_at, call_id, cseq, source from sip_registration order by extension, contact",
				(rs, row) -> new Binding(rs.getString("extension"), rs.getString("contact"),
						rs.getTimestamp("expires_at").toInstant(), rs.getString("call_id"), rs.getLong("cseq"),
						rs.getString("source")));
		log.info("{} registered contact(s) restored from the database", bindings.size());
		return bindings;
	}

	@Override
	public void saved(Binding binding) {
		write("save " + binding.extension(), () -> this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("delete from sip_registration where extension = ? and contact = ?", binding.extension(),
					binding.contact());
			this.jdbc.update(
					"insert into sip_registration (extension, contact, expires_at, call_id, cseq, source) values (?, ?, ?, ?, ?, ?)",
					binding.extension(), binding.contact(), Timestamp.from(binding.expires()), binding.callId(),
					binding.cseq(), binding.source());
		}));
	}

	@Override
	public void removed(String extension, String contact) {
		write("remove " + extension, () -> this.jdbc
			.update("delete from sip_registration where extension = ? and contact = ?", extension, contact));
	}

	@Override
	public void cleared(String extension) {
		write("clear " + extension,
				() -> this.jdbc.update("delete from sip_registration where extension = ?", extension));
	}

	private void write(String what, Runnable change) {
		this.writer.execute(() -> {
			try {
				change.run();
			}
			catch (DataAccessException ex) {
				log.warn("Registration change ({}) not stored: {}", what, ex.getMostSpecificCause().toString());
			}
		});
	}

	/** Waits (bounded) for the changes still queued. */
	@Override
	public void close() throws InterruptedException {
		this.writer.shutdown();
		if (!this.writer.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
			log.warn("Registration changes still queued after {} were dropped", DRAIN);
			this.writer.shutdownNow();
		}
	}

}
