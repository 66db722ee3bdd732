package org.switchboard.server.configfile;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a configuration file whole or not at all: every section is read and checked
 * first, then all are applied in one transaction, which rolls back if applying finds a
 * problem.
 */
@Service
public class ConfigImporter {

	private static final Logger log = LoggerFactory.getLogger(ConfigImporter.class);

	private final List<ConfigSection<?>> sections;

	private final TransactionTemplate transaction;

	ConfigImporter(List<ConfigSection<?>> sections, TransactionTemplate transaction) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ConfigSection::order)).toList();
		this.transaction = transaction;
	}

	/**
	 * Imports {@code yaml} on behalf of {@code actor}.
	 * @throws ConfigRejectedException naming every problem, with nothing applied
	 */
	public ImportReport importYaml(String yaml, String actor) {
		Problems problems = new Problems();
		Node root = parse(yaml, problems);
		problems.throwIfAny();
		Map<ConfigSection<?>, Object> contents = read(root, problems);
		problems.throwIfAny();
		ImportReport report = this.transaction.execute((status) -> {
			List<SectionResult> results = new ArrayList<>();
			contents.forEach((section, content) -> results.add(apply(section, content, actor, problems)));
			problems.throwIfAny();
			return new ImportReport(results);
		});
		log.info("Configuration imported by {}: {}", actor, report.sections());
		return report;
	}

	/** The section keys this server understands, in apply order. */
	public List<String> sectionKeys() {
		return this.sections.stream().map(ConfigSection::key).toList();
	}

	private Node parse(String yaml, Problems problems) {
		try {
			return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			problems.add((mark != null) ? mark.getLine() + 1 : 0, "", "not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			problems.add(0, "", "not valid YAML: " + ex.getMessage());
		}
		return null;
	}

	private Map<ConfigSection<?>, Object> read(Node root, Problems problems) {
		Map<ConfigSection<?>, Object> contents = new LinkedHashMap<>();
		if (root == null || YamlMap.isNull(root)) {
			return contents;
		}
		YamlMap top = YamlMap.of(root, "", problems);
		top.allowOnly(new java.util.HashSet<>(sectionKeys()));
		for (ConfigSection<?> section : this.sections) {
			if (top.keys().contains(section.key())) {
				contents.put(section, section.read(top.value(section.key()), problems));
			}
		}
		return contents;
	}

	@SuppressWarnings("unchecked")
	private static <T> SectionResult apply(ConfigSection<T> section, Object content, String actor, Problems problems) {
		return section.apply((T) content, actor, problems);
	}

}
