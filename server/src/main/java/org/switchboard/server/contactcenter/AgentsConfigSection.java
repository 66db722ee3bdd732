package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.server.account.AccountService;
import org.switchboard.server.account.Role;
import org.switchboard.server.account.UpsertResult;
import org.switchboard.server.account.UserAccount;
import org.switchboard.server.account.UserSpec;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.configfile.ConfigSection;
import org.switchboard.server.configfile.Problems;
import org.switchboard.server.configfile.SectionResult;
import org.switchboard.server.configfile.SectionResult.Change;
import org.switchboard.server.configfile.YamlMap;
import org.switchboard.server.contactcenter.ContactCenterRepository.StoredAgent;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The {@code agents} section, keyed by job number: each agent is also a user (created or
 * updated with role AGENT added to any roles they have; {@code password} only sets a new
 * user's first password), with an optional SIP extension, skills (level 1–10) and
 * optionally explicit queue memberships with penalties (otherwise every queue whose
 * required skills they have).
 *
 * <pre>
 * agents:
 *   - {jobNumber: "1001", name: "Agent One", password: "Agent-Pass-1", extension: "1001", skills: {general: 5}}
 * </pre>
 */
@Component
class AgentsConfigSection implements ConfigSection<List<AgentsConfigSection.Item>> {

	private static final Set<String> KEYS = Set.of("jobNumber", "name", "password", "extension", "skills", "queues",
			"maxRingMisses", "department");

	private final ContactCenterRepository repository;

	private final AccountService accounts;

	private final ImportHook hook;

	private final Clock clock;

	private final MessageSource messages;

	private final StoredCenterConfig center;

	AgentsConfigSection(ContactCenterRepository repository, AccountService accounts, ImportHook hook, Clock clock,
			MessageSource messages, StoredCenterConfig center) {
		this.repository = repository;
		this.accounts = accounts;
		this.hook = hook;
		this.clock = clock;
		this.messages = messages;
		this.center = center;
	}

	@Override
	public String key() {
		return "agents";
	}

	@Override
	public int order() {
		return 230;
	}

	@Override
	public List<Item> read(Node node, Problems problems) {
		List<Item> items = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (YamlMap yaml : ExtensionsConfigSection.yamlItems(node, key(), problems)) {
			yaml.allowOnly(KEYS);
			String jobNumber = yaml.requiredString("jobNumber");
			String name = yaml.requiredString("name");
			if (!jobNumber.isEmpty() && seen.putIfAbsent(jobNumber, yaml.line()) != null) {
				yaml.problem("jobNumber",
						"agent '" + jobNumber + "' is listed twice (first on line " + seen.get(jobNumber) + ")");
			}
			Map<String, Integer> skills = levels(yaml, "skills");
			Map<String, Integer> queues = yaml.has("queues") ? levels(yaml, "queues") : null;
			int misses = yaml.optionalInt("maxRingMisses", 3, 1, 100);
			StoredAgent agent = new StoredAgent(jobNumber, yaml.optionalString("extension", null), skills, queues,
					misses);
			if (!jobNumber.isEmpty()) {
				try {
					new AgentConfig(jobNumber, name, skills, (queues != null) ? queues : Map.of(), misses);
				}
				catch (IllegalArgumentException ex) {
					yaml.problem(null, ex.getMessage());
				}
			}
			items.add(new Item(yaml, agent, name, yaml.optionalString("password", null),
					yaml.optionalString("department", null)));
		}
		return items;
	}

	private static Map<String, Integer> levels(YamlMap yaml, String key) {
		Map<String, Integer> levels = new LinkedHashMap<>();
		if (!yaml.has(key)) {
			return levels;
		}
		YamlMap map = YamlMap.of(yaml.value(key), yaml.child(key), yaml.problems());
		for (String name : map.keys()) {
			levels.put(name, map.optionalInt(name, 0, 0, 1000));
		}
		return levels;
	}

	@Override
	public SectionResult apply(List<Item> items, String actor, Problems problems) {
		List<Change> changes = new ArrayList<>();
		for (Item item : items) {
			StoredAgent agent = item.agent();
			if (agent.extension() != null && this.repository.findExtension(agent.extension()).isEmpty()) {
				item.yaml()
					.problem("extension",
							"extension '" + agent.extension() + "' does not exist; list it under 'extensions'");
				continue;
			}
			UpsertResult user = upsertUser(item, actor);
			Optional<StoredAgent> existing = this.repository.findAgent(agent.jobNumber());
			boolean same = existing.isPresent() && existing.get().sameAs(agent);
			if (!same) {
				this.repository.saveAgent(agent, existing.isPresent(), this.clock.instant());
			}
			changes.add((existing.isEmpty() || user == UpsertResult.CREATED) ? Change.CREATED
					: (same && user == UpsertResult.UNCHANGED) ? Change.UNCHANGED : Change.UPDATED);
		}
		this.hook.register();
		return SectionResult.count(key(), changes);
	}

	private UpsertResult upsertUser(Item item, String actor) {
		String jobNumber = item.agent().jobNumber();
		Optional<UserAccount> existing = this.accounts.findUser(jobNumber);
		Set<Role> roles = EnumSet.of(Role.AGENT);
		existing.ifPresent((user) -> roles.addAll(user.roles()));
		String department = (item.department() != null) ? item.department()
				: existing.map(UserAccount::departmentCode).orElse(null);
		boolean enabled = existing.map(UserAccount::enabled).orElse(true);
		try {
			return this.accounts.upsertUser(new UserSpec(jobNumber, item.name(), department, roles, enabled),
					item.password(), actor);
		}
		catch (ApiException ex) {
			String message = this.messages.getMessage(ex.messageCode(), ex.args(), ex.messageCode(), Locale.ENGLISH);
			String field = "departmentCode".equals(ex.field()) ? "department" : ex.field();
			item.yaml().problem((field != null && item.yaml().has(field)) ? field : null, message);
			return UpsertResult.UNCHANGED;
		}
	}

	@Override
	public Object export() {
		Map<String, String> names = this.center.agentNames();
		List<Map<String, Object>> list = new ArrayList<>();
		for (StoredAgent agent : this.repository.listAgents()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("jobNumber", agent.jobNumber());
			map.put("name", names.getOrDefault(agent.jobNumber(), agent.jobNumber()));
			if (agent.extension() != null) {
				map.put("extension", agent.extension());
			}
			map.put("skills", agent.skills());
			if (agent.queues() != null) {
				map.put("queues", agent.queues());
			}
			map.put("maxRingMisses", agent.maxRingMisses());
			list.add(map);
		}
		return list;
	}

	record Item(YamlMap yaml, StoredAgent agent, String name, String password, String department) {
	}

}
