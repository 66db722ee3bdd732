package org.switchboard.telephony.registrar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The location service: current contacts of each extension, several per extension, each
 * expiring on its own. Expired bindings are never returned.
 */
public final class Locations {

	private final Clock clock;

	private final Map<String, Map<String, Binding>> bindings = new ConcurrentHashMap<>();

	public Locations(Clock clock) {
		this.clock = clock;
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

	Instant now() {
		return this.clock.instant();
	}

}
