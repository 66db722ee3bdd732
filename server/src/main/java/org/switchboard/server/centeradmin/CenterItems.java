package org.switchboard.server.centeradmin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.configfile.ConfigImporter;
import org.switchboard.server.configfile.ConfigProblem;
import org.switchboard.server.configfile.ConfigRejectedException;
import org.switchboard.server.configfile.ConfigSection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads items from the configuration sections and saves one item through the
 * configuration importer: the section's current list with the item replaced or added is
 * imported in one transaction that also writes the audit entry, so a page save is
 * checked, stored and applied to the running engine exactly like a file import.
 */
@Service
class CenterItems {

	private final Map<String, ConfigSection<?>> sections = new LinkedHashMap<>();

	private final ConfigImporter importer;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	CenterItems(List<ConfigSection<?>> sections, ConfigImporter importer, TransactionTemplate transaction,
			AuditLog audit) {
		sections.forEach((section) -> this.sections.put(section.key(), section));
		this.importer = importer;
		this.transaction = transaction;
		this.audit = audit;
	}

	/** The entity's items as the configuration file has them. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> list(CenterEntity entity) {
		ConfigSection<?> section = this.sections.get(entity.section());
		if (section == null || !(section.export() instanceof List<?> items)) {
			return List.of();
		}
		return items.stream().map((item) -> (Map<String, Object>) item).toList();
	}

	Optional<Map<String, Object>> find(CenterEntity entity, String id) {
		return list(entity).stream().filter((item) -> id.equals(idOf(entity, item))).findFirst();
	}

	/**
	 * Saves {@code item}, replacing the item named {@code originalId} (or adding it when
	 * {@code null}), on behalf of {@code actor}.
	 * @return the problems that refused it, empty when saved
	 */
	List<ConfigProblem> save(CenterEntity entity, String originalId, Map<String, Object> item, String actor) {
		return run(entity, originalId, item, actor, false);
	}

	/**
	 * Runs the same checks and writes as {@link #save} and rolls them back.
	 * @return the problems found, empty when the item would save
	 */
	List<ConfigProblem> validate(CenterEntity entity, String originalId, Map<String, Object> item, String actor) {
		return run(entity, originalId, item, actor, true);
	}

	/** Where in the imported document the page's item sits. */
	String itemPath(CenterEntity entity, String originalId) {
		List<Map<String, Object>> items = list(entity);
		int index = indexOf(entity, items, originalId);
		return entity.section() + "[" + ((index >= 0) ? index : items.size()) + "]";
	}

	private List<ConfigProblem> run(CenterEntity entity, String originalId, Map<String, Object> item, String actor,
			boolean dryRun) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				List<Map<String, Object>> items = new ArrayList<>(list(entity));
				int index = indexOf(entity, items, originalId);
				Map<String, Object> before = (index >= 0) ? items.get(index) : null;
				if (index >= 0) {
					items.set(index, item);
				}
				else {
					items.add(item);
				}
				this.importer.importYaml(ItemForm.dump(Map.of(entity.section(), items)), actor);
				if (dryRun) {
					status.setRollbackOnly();
				}
				else {
					this.audit.recordChange(actor, (before != null) ? "CENTER_ITEM_UPDATED" : "CENTER_ITEM_CREATED",
							entity.section() + ":" + idOf(entity, item), before, withoutPassword(item));
				}
			});
			return List.of();
		}
		catch (ConfigRejectedException ex) {
			return ex.problems();
		}
	}

	private static int indexOf(CenterEntity entity, List<Map<String, Object>> items, String id) {
		if (id == null) {
			return -1;
		}
		for (int i = 0; i < items.size(); i++) {
			if (id.equals(idOf(entity, items.get(i)))) {
				return i;
			}
		}
		return -1;
	}

	static String idOf(CenterEntity entity, Map<String, Object> item) {
		Object id = item.get(entity.idField());
		return (id != null) ? String.valueOf(id) : "";
	}

	private static Map<String, Object> withoutPassword(Map<String, Object> item) {
		Map<String, Object> copy = new LinkedHashMap<>(item);
		copy.remove("password");
		return copy;
	}

}
