package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.switchboard.server.configfile.ConfigSection;
import org.switchboard.server.configfile.Problems;
import org.switchboard.server.configfile.SectionResult;
import org.switchboard.server.configfile.SectionResult.Change;
import org.switchboard.server.configfile.YamlMap;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredExtension;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code extensions} section: SIP extensions and their passwords. Only the HA1
 * digests (MD5 and SHA-256, realm {@code switchboard.sip.realm}) are stored; a new
 * extension needs a password, an existing one keeps its own when the item has none, and
 * export never contains a password or digest.
 *
 * <pre>
 * extensions:
 *   - {number: "1001", password: "s3cret-1001", displayName: "Front desk", enabled: true}
 * </pre>
 *
 * A disabled extension can neither register nor call (answered as an unknown user);
 * without a display name, phones are shown the name of the agent working there.
 */
@Component
class ExtensionsConfigSection implements ConfigSection<List<ExtensionsConfigSection.Item>> {

	private final ContactCenterRepository repository;

	private final ImportHook hook;

	private final Clock clock;

	private final String realm;

	ExtensionsConfigSection(ContactCenterRepository repository, ImportHook hook, Clock clock,
			@Value("${switchboard.sip.realm:switchboard}") String realm) {
		this.repository = repository;
		this.hook = hook;
		this.clock = clock;
		this.realm = realm;
	}

	@Override
	public String key() {
		return "extensions";
	}

	@Override
	public int order() {
		return 220;
	}

	@Override
	public List<Item> read(Node node, Problems problems) {
		List<Item> items = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (YamlMap yaml : yamlItems(node, key(), problems)) {
			yaml.allowOnly(Set.of("number", "password", "displayName", "enabled"));
			String number = yaml.requiredString("number");
			if (!number.isEmpty() && !number.matches("[0-9A-Za-z*#+._-]{1,32}")) {
				yaml.problem("number", "'" + number + "' is not a dialable extension (digits, letters, * # + . _ -)");
			}
			if (!number.isEmpty() && seen.putIfAbsent(number, yaml.line()) != null) {
				yaml.problem("number", "'" + number + "' is listed twice (first on line " + seen.get(number) + ")");
			}
			String password = yaml.optionalString("password", null);
			if (password != null && password.length() < 8) {
				yaml.problem("password", "must be at least 8 characters");
			}
			String displayName = yaml.optionalString("displayName", null);
			if (displayName != null && displayName.length() > 100) {
				yaml.problem("displayName", "at most 100 characters");
			}
			boolean enabled = yaml.optionalBoolean("enabled", true);
			items.add(new Item(yaml, number, password,
					(displayName != null && !displayName.isBlank()) ? displayName.strip() : null, enabled));
		}
		return items;
	}

	static List<YamlMap> yamlItems(Node node, String key, Problems problems) {
		List<YamlMap> maps = new ArrayList<>();
		List<Node> list = YamlMap.sequence(node, key, problems);
		for (int i = 0; i < list.size(); i++) {
			maps.add(YamlMap.of(list.get(i), key + "[" + i + "]", problems));
		}
		return maps;
	}

	@Override
	public SectionResult apply(List<Item> items, String actor, Problems problems) {
		List<Change> changes = new ArrayList<>();
		for (Item item : items) {
			Optional<StoredExtension> existing = this.repository.findExtension(item.number());
			if (item.password() == null && existing.isEmpty()) {
				item.yaml().problem(null, "a new extension needs a password");
				changes.add(Change.UNCHANGED);
				continue;
			}
			StoredExtension wanted = (item.password() != null)
					? new StoredExtension(item.number(), this.realm,
							SipDigest.ha1("MD5", item.number(), this.realm, item.password()),
							SipDigest.ha1("SHA-256", item.number(), this.realm, item.password()), item.displayName(),
							item.enabled())
					: new StoredExtension(item.number(), existing.get().realm(), existing.get().ha1Md5(),
							existing.get().ha1Sha256(), item.displayName(), item.enabled());
			if (existing.isPresent() && existing.get().equals(wanted)) {
				changes.add(Change.UNCHANGED);
				continue;
			}
			this.repository.saveExtension(wanted, existing.isPresent(), this.clock.instant());
			changes.add(existing.isPresent() ? Change.UPDATED : Change.CREATED);
		}
		this.hook.register();
		return SectionResult.count(key(), changes);
	}

	@Override
	public Object export() {
		return this.repository.listExtensions().stream().map(ExtensionsConfigSection::exported).toList();
	}

	private static Map<String, Object> exported(StoredExtension extension) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("number", extension.number());
		if (extension.displayName() != null) {
			item.put("displayName", extension.displayName());
		}
		if (!extension.enabled()) {
			item.put("enabled", false);
		}
		return item;
	}

	record Item(YamlMap yaml, String number, String password, String displayName, boolean enabled) {
	}

}
