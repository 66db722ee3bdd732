package org.switchboard.telephony.registrar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.telephony.RegistrationStore;

/**
 * The location service: current contacts of each extension, several per extension, each
 * expiring on its own. Expired bindings are never returned. Changes go to a
 * {@link RegistrationStore} so that a restarted server still knows where its phones are.
 */
public final class Locations {

	private final Clock clock;

	private final Map<String, Map<String, Binding>> bindings = new ConcurrentHashMap<>();

	private final RegistrationStore store;

	public Locations(Clock clock) {
		this(clock, RegistrationStore.none());
	}

	/**
	 * Locations kept in {@code store}, starting with its bindings that have not expired.
	 */
	public Locations(Clock clock, RegistrationStore store) {
		this.clock = clock;
		this.store = store;
		Instant now = clock.instant();
		for (Binding binding : store.load()) {
			if (binding.expires().isAfter(now)) {
				bindingsOf(binding.extension()).put(binding.contact(), binding);
			}
		}
	}

	/** Live contacts of {@code extension}, most recently refreshed first. */
	public List<Binding> contactsOf(String extension) {
		Map<String, Binding> of = this.bindings.get(extension);
		if (of == null) {
			return List.of();
		}
		Instant now = this.clock.instant();
		synchronized (of) {
			of.values().removeIf((b) -> !b.expires().isAfter(now));
			List<Binding> live = new ArrayList<>(of.values());
			live.sort(Comparator.comparing(Binding::expires).reversed());
			return live;
		}
	}

	/** Every extension with at least one live contact. */
	public List<String> registeredExtensions() {
		return this.bindings.keySet().stream().filter((e) -> !contactsOf(e).isEmpty()).sorted().toList();
	}

	Map<String, Binding> bindingsOf(String extension) {
		return this.bindings.computeIfAbsent(extension, (e) -> new LinkedHashMap<>());
	}

	/** Adds or refreshes a binding; call while holding {@code bindingsOf(extension)}. */
	void put(Map<String, Binding> of, Binding binding) {
		of.put(binding.contact(), binding);
		this.store.saved(binding);
	}

	/** Removes a contact; call while holding {@code bindingsOf(extension)}. */
	void remove(Map<String, Binding> of, String extension, String contact) {
		if (of.remove(contact) != null) {
			this.store.removed(extension, contact);
		}
	}

	/** Removes every contact; call while holding {@code bindingsOf(extension)}. */
	void clear(Map<String, Binding> of, String extension) {
		of.clear();
		this.store.cleared(extension);
	}

	Instant now() {
		return this.clock.instant();
	}

}
