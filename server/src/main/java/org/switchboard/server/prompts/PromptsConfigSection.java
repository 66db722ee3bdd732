package org.switchboard.server.prompts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.switchboard.server.configfile.ConfigSection;
import org.switchboard.server.configfile.Problems;
import org.switchboard.server.configfile.SectionResult;
import org.switchboard.server.configfile.SectionResult.Change;
import org.switchboard.server.configfile.YamlMap;
import org.switchboard.telephony.media.PromptLibrary;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.stereotype.Component;

/**
 * The {@code prompts} section: the uploaded prompts this center needs, by language, name
 * and (optionally) SHA-256. Prompts are binary, so the file does not carry them: they are
 * uploaded on the prompts page or by {@code PUT /api/prompts/{language}/{name}}, and an
 * import checks that each listed prompt is uploaded here with that content. Applying
 * writes nothing; the export lists every upload, so exporting and re-importing on the
 * same server changes nothing.
 *
 * <pre>
 * prompts:
 *   - {language: zh, name: sales-menu, sha256: 9f86d0…}
 * </pre>
 */
@Component
class PromptsConfigSection implements ConfigSection<List<PromptsConfigSection.Item>> {

	private static final Set<String> KEYS = Set.of("language", "name", "sha256");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

	private final PromptService prompts;

	PromptsConfigSection(PromptService prompts) {
		this.prompts = prompts;
	}

	@Override
	public String key() {
		return "prompts";
	}

	@Override
	public int order() {
		return 150;
	}

	@Override
	public List<Item> read(Node node, Problems problems) {
		List<Item> items = new ArrayList<>();
		List<Node> nodes = YamlMap.sequence(node, key(), problems);
		for (int i = 0; i < nodes.size(); i++) {
			YamlMap map = YamlMap.of(nodes.get(i), key() + "[" + i + "]", problems).allowOnly(KEYS);
			Item item = new Item(map, map.requiredString("language"), map.requiredString("name"),
					map.optionalString("sha256", null));
			if (!item.language().isEmpty() && !PromptLibrary.isSafeName(item.language())) {
				map.problem("language", "use lower-case letters, digits, '-' and '_' only, e.g. zh or en");
			}
			if (!item.name().isEmpty() && !PromptLibrary.isSafeName(item.name())) {
				map.problem("name", "use lower-case letters, digits, '-' and '_' only, e.g. sales-menu");
			}
			if (item.sha256() != null && !SHA256.matcher(item.sha256()).matches()) {
				map.problem("sha256", "must be 64 hexadecimal digits (the SHA-256 of the WAV file)");
			}
			items.add(item);
		}
		return items;
	}

	@Override
	public SectionResult apply(List<Item> items, String actor, Problems problems) {
		List<Change> changes = new ArrayList<>();
		for (Item item : items) {
			if (this.prompts.hasUpload(item.language(), item.name(), item.sha256())) {
				changes.add(Change.UNCHANGED);
				continue;
			}
			String what = item.language() + "/" + item.name();
			boolean uploaded = this.prompts.hasUpload(item.language(), item.name(), null);
			item.yaml()
				.problem(uploaded ? "sha256" : "name", uploaded
						? "the uploaded prompt " + what + " has different content (another SHA-256); upload the "
								+ "intended WAV or correct sha256"
						: "prompt " + what + " is not uploaded on this server; upload it on the prompts page or by "
								+ "PUT /api/prompts/" + what + " first, then import again");
		}
		return SectionResult.count(key(), changes);
	}

	@Override
	public Object export() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (PromptView prompt : this.prompts.uploads()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("language", prompt.language());
			map.put("name", prompt.name());
			map.put("sha256", prompt.sha256());
			list.add(map);
		}
		return list;
	}

	record Item(YamlMap yaml, String language, String name, String sha256) {
	}

}
