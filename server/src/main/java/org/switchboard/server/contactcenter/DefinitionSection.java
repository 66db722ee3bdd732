package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.server.configfile.ConfigSection;
import org.switchboard.server.configfile.Problems;
import org.switchboard.server.configfile.SectionResult;
import org.switchboard.server.configfile.SectionResult.Change;
import org.switchboard.server.configfile.YamlMap;
import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A section whose items are stored whole as definitions (queues, calendars, IVR flows):
 * each item is checked by building the engine's object from it, then stored in the file's
 * shape; re-importing the same item changes nothing.
 */
abstract class DefinitionSection implements ConfigSection<List<DefinitionSection.Item>> {

	private final ContactCenterRepository repository;

	private final ImportHook hook;

	private final Clock clock;

	private final Kind kind;

	private final Set<String> keys;

	DefinitionSection(ContactCenterRepository repository, ImportHook hook, Clock clock, Kind kind, Set<String> keys) {
		this.repository = repository;
		this.hook = hook;
		this.clock = clock;
		this.kind = kind;
		this.keys = keys;
	}

	/** Checks one item's definition; records problems on {@code yaml}. */
	abstract void check(YamlMap yaml, String name, Map<String, Object> definition);

	/** Checks an item against what is stored (applied earlier in the same import). */
	void checkStored(YamlMap yaml, String name, Map<String, Object> definition) {
	}

	@Override
	public List<Item> read(Node node, Problems problems) {
		List<Item> items = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		List<Node> list = YamlMap.sequence(node, key(), problems);
		for (int i = 0; i < list.size(); i++) {
			YamlMap yaml = YamlMap.of(list.get(i), key() + "[" + i + "]", problems);
			yaml.allowOnly(this.keys);
			String name = yaml.requiredString("name");
			if (!name.isEmpty() && seen.putIfAbsent(name, yaml.line()) != null) {
				yaml.problem("name", "'" + name + "' is listed twice (first on line " + seen.get(name) + ")");
			}
			Map<String, Object> definition = NodeValues.mapOf(list.get(i));
			if (!name.isEmpty()) {
				check(yaml, name, definition);
			}
			items.add(new Item(yaml, name, definition));
		}
		return items;
	}

	@Override
	public SectionResult apply(List<Item> items, String actor, Problems problems) {
		List<Change> changes = new ArrayList<>();
		for (Item item : items) {
			checkStored(item.yaml(), item.name(), item.definition());
			changes.add(Change
				.valueOf(this.repository.saveDefinition(this.kind, item.name(), item.definition(), this.clock.instant())
					.name()));
		}
		this.hook.register();
		return SectionResult.count(key(), changes);
	}

	@Override
	public Object export() {
		return new ArrayList<>(this.repository.definitions(this.kind).values());
	}

	/** One item of the section with where it was read. */
	record Item(YamlMap yaml, String name, Map<String, Object> definition) {
	}

}
