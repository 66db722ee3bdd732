package org.switchboard.server.ivrdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.server.customers.Customer;
import org.switchboard.server.customers.CustomerRepository;

/**
 * The built-in source {@code customer}: the customer having the phone number in parameter
 * {@code number} (usually {@code ${caller}}), newest first. Values: {@code customerId},
 * {@code name}, {@code company}, {@code tags} (comma-separated), {@code owner}; absent
 * fields are left out.
 */
final class CustomerSource implements DataSource {

	static final String NAME = "customer";

	private final CustomerRepository customers;

	CustomerSource(CustomerRepository customers) {
		this.customers = customers;
	}

	@Override
	public Optional<Map<String, String>> lookUp(Map<String, String> parameters) {
		String number = parameters.get("number");
		if (number == null || number.isBlank()) {
			return Optional.empty();
		}
		List<Customer> found = this.customers.findByPhone(number);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Customer customer = found.get(0);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("customerId", customer.id());
		values.put("name", customer.name());
		putIfPresent(values, "company", customer.company());
		if (!customer.tags().isEmpty()) {
			values.put("tags", String.join(",", customer.tags()));
		}
		putIfPresent(values, "owner", customer.owner());
		return Optional.of(values);
	}

	private static void putIfPresent(Map<String, String> values, String name, String value) {
		if (value != null && !value.isBlank()) {
			values.put(name, value);
		}
	}

}
