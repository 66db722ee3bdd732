package org.switchboard.telephony.registrar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.telephony.RegistrationStore;

import static org.assertj.core.api.Assertions.assertThat;

class LocationsTest {

	private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private static Binding binding(String extension, String contact, int secondsLeft) {
		return new Binding(extension, contact, NOW.plusSeconds(secondsLeft), "call-" + contact, 1, "127.0.0.1:5062");
	}

	@Test
	void startsWithTheStoredBindingsThatHaveNotExpired() {
		Store store = new Store(List.of(binding("1001", "sip:1001@10.0.0.5:5062", 300),
				binding("1001", "sip:1001@10.0.0.6:5062", 0), binding("1002", "sip:1002@10.0.0.7:5062", -60)));

		Locations locations = new Locations(this.clock, store);

		assertThat(locations.contactsOf("1001")).extracting(Binding::contact).containsExactly("sip:1001@10.0.0.5:5062");
		assertThat(locations.registeredExtensions()).containsExactly("1001");
	}

	@Test
	void tellsTheStoreOfEveryChange() {
		Store store = new Store(List.of());
		Locations locations = new Locations(this.clock, store);
		Map<String, Binding> of = locations.bindingsOf("1001");

		locations.put(of, binding("1001", "sip:a", 60));
		locations.put(of, binding("1001", "sip:b", 60));
		locations.remove(of, "1001", "sip:a");
		locations.remove(of, "1001", "sip:never-there");
		locations.clear(of, "1001");

		assertThat(store.log).containsExactly("saved 1001 sip:a", "saved 1001 sip:b", "removed 1001 sip:a",
				"cleared 1001");
		assertThat(locations.contactsOf("1001")).isEmpty();
	}

	private static final class Store implements RegistrationStore {

		final List<String> log = new ArrayList<>();

		private final List<Binding> stored;

		Store(List<Binding> stored) {
			this.stored = stored;
		}

		@Override
		public List<Binding> load() {
			return this.stored;
		}

		@Override
		public void saved(Binding binding) {
			this.log.add("saved " + binding.extension() + " " + binding.contact());
		}

		@Override
		public void removed(String extension, String contact) {
			this.log.add("removed " + extension + " " + contact);
		}

		@Override
		public void cleared(String extension) {
			this.log.add("cleared " + extension);
		}

	}

}
