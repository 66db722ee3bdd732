package org.switchboard.server.account;

import java.util.ArrayList;
import java.util.EnumSet;
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
 * The {@code users} section, keyed by job number (工号). {@code password} is used only when
 * the user is created (who must then change it at first login), so re-importing a file
 * never resets anyone's password; export never contains passwords.
 *
 * <pre>
 * users:
 *   - {jobNumber: "1001", name: 张三, department: support, roles: [AGENT], password: "Initial-Pass-1"}
 * </pre>
 */
@Component
class UsersConfigSection implements ConfigSection<List<UsersConfigSection.Item>> {

	private static final Set<String> KEYS = Set.of("jobNumber", "name", "department", "roles", "enabled", "password");

	private final AccountService accounts;

	private final ConfigSectionErrors errors;

	UsersConfigSection(AccountService accounts, ConfigSectionErrors errors) {
		this.accounts = accounts;
		this.errors = errors;
	}

	@Override
	public String key() {
		return "users";
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public List<Item> read(Node node, Problems problems) {
		List<Item> items = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (YamlMap map : ConfigSectionErrors.items(node, key(), problems)) {
			map.allowOnly(KEYS);
			String jobNumber = map.requiredString("jobNumber");
			UserSpec spec = new UserSpec(jobNumber, map.requiredString("name"), map.optionalString("department", null),
					roles(map), map.optionalBoolean("enabled", true));
			if (!jobNumber.isEmpty() && seen.putIfAbsent(jobNumber, map.line()) != null) {
				map.problem("jobNumber",
						"user '" + jobNumber + "' is listed twice (first on line " + seen.get(jobNumber) + ")");
			}
			this.errors.validate(spec, map);
			items.add(new Item(map, spec, map.optionalString("password", null)));
		}
		return items;
	}

	private static Set<Role> roles(YamlMap map) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		List<String> names = map.stringList("roles");
		for (String name : names) {
			try {
				roles.add(Role.valueOf(name.toUpperCase()));
			}
			catch (IllegalArgumentException ex) {
				map.problem("roles", "unknown role '" + name + "' (expected one of " + List.of(Role.values()) + ")");
			}
		}
		if (names.isEmpty()) {
			map.problem("roles", "at least one role is required");
		}
		return roles;
	}

	@Override
	public SectionResult apply(List<Item> items, String actor, Problems problems) {
		List<Change> changes = new ArrayList<>();
		for (Item item : items) {
			this.errors.applyItem(item.yaml(), () -> changes
				.add(DepartmentsConfigSection.change(this.accounts.upsertUser(item.spec(), item.password(), actor))));
		}
		return SectionResult.count(key(), changes);
	}

	@Override
	public Object export() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (UserAccount user : this.accounts.listUsers()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("jobNumber", user.jobNumber());
			map.put("name", user.displayName());
			if (user.departmentCode() != null) {
				map.put("department", user.departmentCode());
			}
			map.put("roles", user.roles().stream().map(Role::name).sorted().toList());
			map.put("enabled", user.enabled());
			list.add(map);
		}
		return list;
	}

	record Item(YamlMap yaml, UserSpec spec, String password) {
	}

}
