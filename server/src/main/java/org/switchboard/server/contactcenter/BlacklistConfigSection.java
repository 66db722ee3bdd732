package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.engine.CenterConfig.Blacklist;
import org.switchboard.engine.Destination;
import org.switchboard.server.configfile.YamlMap;
import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;

import org.springframework.stereotype.Component;

/**
 * The {@code blacklist} section: named entries of caller numbers and number prefixes that
 * are refused at the door, or sent to {@code divert} if set. The engine has one
 * blacklist: the union of all entries, and entries that divert must agree on where.
 *
 * <pre>
 * blacklist:
 *   - {name: nuisance, numbers: ["13800000000"], prefixes: ["+1900"], divert: "message:blocked"}
 * </pre>
 */
@Component
class BlacklistConfigSection extends DefinitionSection {

	private final ContactCenterRepository repository;

	BlacklistConfigSection(ContactCenterRepository repository, ImportHook hook, Clock clock) {
		super(repository, hook, clock, Kind.BLACKLIST, Set.of("name", "numbers", "prefixes", "divert"));
		this.repository = repository;
	}

	@Override
	public String key() {
		return "blacklist";
	}

	@Override
	public int order() {
		return 260;
	}

	@Override
	void check(YamlMap yaml, String name, Map<String, Object> definition) {
		try {
			merge(List.of(definition));
		}
		catch (IllegalArgumentException ex) {
			yaml.problem(null, ex.getMessage());
		}
	}

	@Override
	void checkStored(YamlMap yaml, String name, Map<String, Object> definition) {
		Map<String, Map<String, Object>> entries = new LinkedHashMap<>(this.repository.definitions(Kind.BLACKLIST));
		entries.put(name, definition);
		try {
			merge(entries.values());
		}
		catch (IllegalArgumentException ex) {
			yaml.problem("divert", ex.getMessage());
		}
	}

	/** The engine's blacklist made of all {@code entries}. */
	static Blacklist merge(Collection<Map<String, Object>> entries) {
		Set<String> numbers = new LinkedHashSet<>();
		Set<String> prefixes = new LinkedHashSet<>();
		String divert = null;
		for (Map<String, Object> entry : entries) {
			numbers.addAll(strings(entry, "numbers"));
			prefixes.addAll(strings(entry, "prefixes"));
			String own = Definitions.textOr(entry, "divert", null);
			if (own != null && divert != null && !own.equals(divert)) {
				throw new IllegalArgumentException("blacklist entries divert to both '" + divert + "' and '" + own
						+ "'; the center has one blacklist diversion");
			}
			divert = (own != null) ? own : divert;
		}
		return new Blacklist(numbers, prefixes, (divert != null) ? Destination.parse(divert) : null);
	}

	private static List<String> strings(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).map(String::strip).toList();
		}
		throw new IllegalArgumentException("'" + key + "' must be a list of numbers");
	}

}
