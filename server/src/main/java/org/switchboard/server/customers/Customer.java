package org.switchboard.server.customers;

import java.time.Instant;
import java.util.List;

/**
 * A customer as the desk's card shows it.
 *
 * @param id generated id
 * @param name full name
 * @param company company, or null
 * @param phones phone numbers, normalised (E.164 where they parse)
 * @param tags free tags
 * @param notes free notes
 * @param owner job number of the owning agent, or null
 * @param updatedAt last change
 */
public record Customer(String id, String name, String company, List<String> phones, List<String> tags, String notes,
		String owner, Instant updatedAt) {

	public Customer {
		phones = List.copyOf(phones);
		tags = List.copyOf(tags);
	}

}
