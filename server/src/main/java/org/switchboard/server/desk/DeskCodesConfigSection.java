package org.switchboard.server.desk;

import java.util.ArrayList;
import java.util.HashSet;
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

/**
 * The {@code reasonCodes} and {@code dispositionCodes} sections: the admin's not-ready
 * reasons and dispositions, in the order the desk lists them. A listed section replaces
 * the stored list.
 *
 * <pre>
 * reasonCodes:
 *   - {code: break, label: 休息}
 * dispositionCodes:
 *   - {code: resolved, label: 已解决}
 * </pre>
 */
class DeskCodesConfigSection implements ConfigSection<List<DeskCode>> {

	private static final Set<String> KEYS = Set.of("code", "label");

	private static final int MAX_CODE = 64;

	private final DeskCodes codes;

	private final DeskCode.Kind kind;

	private final String key;

	DeskCodesConfigSection(DeskCodes codes, DeskCode.Kind kind, String key) {
		this.codes = codes;
		this.kind = kind;
		this.key = key;
	}

	@Override
	public String key() {
		return this.key;
	}

	@Override
	public int order() {
		return 900;
	}

	@Override
	public List<DeskCode> read(Node node, Problems problems) {
		List<DeskCode> list = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<Node> items = YamlMap.sequence(node, this.key, problems);
		for (int i = 0; i < items.size(); i++) {
			YamlMap map = YamlMap.of(items.get(i), this.key + "[" + i + "]", problems).allowOnly(KEYS);
			String code = map.requiredString("code");
			String label = map.optionalString("label", code);
			if (code.length() > MAX_CODE || !code.matches("[A-Za-z0-9._-]*")) {
				map.problem("code",
						"code '" + code + "' must be at most " + MAX_CODE + " letters, digits, '.', '_' or '-'");
			}
			else if (!code.isEmpty() && !seen.add(code)) {
				map.problem("code", "code '" + code + "' is listed twice");
			}
			list.add(new DeskCode(code, label));
		}
		return list;
	}

	@Override
	public SectionResult apply(List<DeskCode> content, String actor, Problems problems) {
		Map<String, DeskCode> before = new LinkedHashMap<>();
		this.codes.list(this.kind).forEach((code) -> before.put(code.code(), code));
		List<Change> changes = new ArrayList<>();
		for (DeskCode code : content) {
			DeskCode old = before.get(code.code());
			changes.add((old == null) ? Change.CREATED : old.equals(code) ? Change.UNCHANGED : Change.UPDATED);
		}
		if (!new ArrayList<>(before.values()).equals(content)) {
			this.codes.replace(this.kind, content);
		}
		return SectionResult.count(this.key, changes);
	}

	@Override
	public Object export() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (DeskCode code : this.codes.list(this.kind)) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("code", code.code());
			map.put("label", code.label());
			list.add(map);
		}
		return list;
	}

}
