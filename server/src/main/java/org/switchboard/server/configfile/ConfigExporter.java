package org.switchboard.server.configfile;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import org.springframework.stereotype.Service;

/** Writes the current configuration in the format {@link ConfigImporter} reads. */
@Service
public class ConfigExporter {

	private final List<ConfigSection<?>> sections;

	ConfigExporter(List<ConfigSection<?>> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ConfigSection::order)).toList();
	}

	public String exportYaml() {
		Map<String, Object> document = new LinkedHashMap<>();
		this.sections.forEach((section) -> document.put(section.key(), section.export()));
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setAllowUnicode(true);
		options.setSplitLines(false);
		return "# Switchboard configuration (export). Re-importing it changes nothing.\n"
				+ new Yaml(options).dump(document);
	}

}
