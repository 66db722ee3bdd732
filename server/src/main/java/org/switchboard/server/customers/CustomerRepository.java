package org.switchboard.server.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Customers and their phone numbers in the database. */
@Repository
public class CustomerRepository {

	private static final String COLUMNS = "id, name, company, tags, notes, owner, updated_at";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CustomerRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The customer {@code id}, if any. */
	public Optional<Customer> find(String id) {
		return this.jdbc.query("select " + COLUMNS + " from customer where id = ?", this::row, id).stream().findFirst();
	}

	/** Customers having {@code phone} (in any form) among their numbers, newest first. */
	public List<Customer> findByPhone(String phone) {
		String normal = PhoneNumbers.normalize(phone);
		if (normal.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select " + COLUMNS
				+ " from customer where id in (select customer_id from customer_phone where phone = ?) order by updated_at desc",
				this::row, normal);
	}

	/**
	 * Customers whose name, company, tags or a phone contain {@code text}; all when
	 * blank; at most {@code limit}, by name.
	 */
	public List<Customer> search(String text, int limit) {
		if (text == null || text.isBlank()) {
			return this.jdbc.query("select " + COLUMNS + " from customer order by name limit ?", this::row, limit);
		}
		String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
		String phoneLike = "%" + text.replaceAll("[^0-9]", "") + "%";
		return this.jdbc.query("select " + COLUMNS + " from customer where lower(name) like ? or lower(company) like ?"
				+ " or lower(tags) like ? or (? <> '%%' and id in (select customer_id from customer_phone where phone like ?))"
				+ " order by name limit ?", this::row, like, like, like, phoneLike, phoneLike, limit);
	}

	/** Stores a new customer and gives it back with its id. */
	@Transactional
	public Customer create(CustomerForm form, String actor) {
		String id = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		this.jdbc.update(
				"insert into customer (id, name, company, tags, notes, owner, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				id, form.name().strip(), blankToNull(form.company()), String.join(",", form.tagList()),
				blankToNull(form.notes()), (form.owner() != null && !form.owner().isBlank()) ? form.owner() : actor,
				Timestamp.from(now), Timestamp.from(now));
		replacePhones(id, form.phoneList());
		return find(id).orElseThrow();
	}

	/** Replaces customer {@code id}'s fields; empty when there is no such customer. */
	@Transactional
	public Optional<Customer> update(String id, CustomerForm form) {
		int rows = this.jdbc.update(
				"update customer set name = ?, company = ?, tags = ?, notes = ?, owner = ?, updated_at = ? where id = ?",
				form.name().strip(), blankToNull(form.company()), String.join(",", form.tagList()),
				blankToNull(form.notes()), blankToNull(form.owner()), Timestamp.from(this.clock.instant()), id);
		if (rows == 0) {
			return Optional.empty();
		}
		replacePhones(id, form.phoneList());
		return find(id);
	}

	private void replacePhones(String id, List<String> phones) {
		this.jdbc.update("delete from customer_phone where customer_id = ?", id);
		LinkedHashSet<String> normal = new LinkedHashSet<>();
		phones.stream().map(PhoneNumbers::normalize).filter((phone) -> !phone.isEmpty()).forEach(normal::add);
		int position = 0;
		for (String phone : normal) {
			this.jdbc.update("insert into customer_phone (customer_id, phone, position) values (?, ?, ?)", id, phone,
					position++);
		}
	}

	private Customer row(ResultSet rs, int rowNum) throws SQLException {
		String id = rs.getString("id");
		List<String> phones = this.jdbc
			.queryForList("select phone from customer_phone where customer_id = ? order by position", String.class, id);
		String tags = rs.getString("tags");
		List<String> tagList = (tags == null || tags.isBlank()) ? List.of()
				: new ArrayList<>(Arrays.asList(tags.split(",")));
		return new Customer(id, rs.getString("name"), rs.getString("company"), phones, tagList, rs.getString("notes"),
				rs.getString("owner"), rs.getTimestamp("updated_at").toInstant());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
