package org.switchboard.server.customers;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer as entered: phones and tags separated by commas (or new lines for phones).
 *
 * @param name full name (required)
 * @param company company
 * @param phones phone numbers, comma or line separated
 * @param tags tags, comma separated
 * @param notes notes
 * @param owner owning agent's job number; the creator when blank
 */
public record CustomerForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String company,
		@Size(max = 1000) String phones, @Size(max = 1000) String tags, @Size(max = 4000) String notes,
		@Size(max = 32) String owner) {

	/** An empty form. */
	public static CustomerForm empty() {
		return new CustomerForm("", "", "", "", "", "");
	}

	/** The form for {@code customer}, to edit it. */
	public static CustomerForm of(Customer customer) {
		return new CustomerForm(customer.name(), customer.company(), String.join(", ", customer.phones()),
				String.join(", ", customer.tags()), customer.notes(), customer.owner());
	}

	List<String> phoneList() {
		return split(this.phones, "[,;\\n]");
	}

	List<String> tagList() {
		return split(this.tags, ",");
	}

	private static List<String> split(String text, String separators) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(separators)).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

}
