package org.switchboard.server.account;

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
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.stereotype.Component;

/**
 * The {@code departments} section: the organisation tree, keyed by code. A parent may be
 * listed after its children; it is created first.
 *
 * <pre>
 * departments:
 *   - {code: hq, name: 总部}
 *   - {code: support, name: 客服部, parent: hq}
 * </pre>
 */
@Component
class DepartmentsConfigSection implements ConfigSection<List<DepartmentsConfigSection.Item>> {

	private static final Set<String> KEYS = Set.of("code", "name", "parent");

	private final AccountService accounts;

	private final ConfigSectionErrors errors;

	DepartmentsConfigSection(AccountService accounts, ConfigSectionErrors errors) {
		this.accounts = accounts;
		this.errors = errors;
	}

	@Override
	public String key() {
		return "departments";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<Item> read(Node node, Problems problems) {
		List<Item> items = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (YamlMap map : ConfigSectionErrors.items(node, key(), problems)) {
			map.allowOnly(KEYS);
			Item item = new Item(map, new DepartmentSpec(map.requiredString("code"), map.requiredString("name"),
					map.optionalString("parent", null)));
			if (!item.spec().code().isEmpty() && seen.putIfAbsent(item.spec().code(), item.line()) != null) {
				map.problem("code", "department '" + item.spec().code() + "' is listed twice (first on line "
						+ seen.get(item.spec().code()) + ")");
			}
			this.errors.validate(item.spec(), map);
			items.add(item);
		}
		return items;
	}

	@Override
	public SectionResult apply(List<Item> items, String actor, Problems problems) {
		List<Change> changes = new ArrayList<>();
		List<Item> pending = new ArrayList<>(items);
		boolean progress = true;
		while (!pending.isEmpty() && progress) {
			progress = false;
			for (Item item : List.copyOf(pending)) {
				if (parentReady(item, pending)) {
					pending.remove(item);
					progress = true;
					this.errors.applyItem(item.yaml(),
							() -> changes.add(change(this.accounts.upsertDepartment(item.spec(), actor))));
				}
			}
		}
		pending.forEach((item) -> problems.add(item.yaml().lineOf("parent"), item.path() + ".parent",
				"parent '" + item.spec().parentCode() + "' forms a cycle"));
		return SectionResult.count(key(), changes);
	}

	private boolean parentReady(Item item, List<Item> pending) {
		String parent = item.spec().parentCode();
		return parent == null || parent.isBlank()
				|| pending.stream().noneMatch((other) -> other.spec().code().equals(parent));
	}

	@Override
	public Object export() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Department department : this.accounts.listDepartments()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("code", department.code());
			map.put("name", department.name());
			if (department.parentCode() != null) {
				map.put("parent", department.parentCode());
			}
			list.add(map);
		}
		return list;
	}

	static Change change(UpsertResult result) {
		return switch (result) {
			case CREATED -> Change.CREATED;
			case UPDATED -> Change.UPDATED;
			case UNCHANGED -> Change.UNCHANGED;
		};
	}

	record Item(YamlMap yaml, DepartmentSpec spec) {

		int line() {
			return this.yaml.line();
		}

		String path() {
			return this.yaml.path();
		}

	}

}
