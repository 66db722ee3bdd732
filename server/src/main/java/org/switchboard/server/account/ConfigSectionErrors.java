package org.switchboard.server.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.configfile.Problems;
import org.switchboard.server.configfile.YamlMap;
import org.yaml.snakeyaml.nodes.Node;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the account feature's own checks (bean validation, {@link ApiException}s from the
 * service) into line-numbered configuration problems, so the file and the API enforce the
 * same rules with the same words.
 */
@Component
class ConfigSectionErrors {

	private final Validator validator;

	private final MessageSource messages;

	ConfigSectionErrors(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	static List<YamlMap> items(Node node, String key, Problems problems) {
		List<YamlMap> maps = new ArrayList<>();
		List<Node> list = YamlMap.sequence(node, key, problems);
		for (int i = 0; i < list.size(); i++) {
			maps.add(YamlMap.of(list.get(i), key + "[" + i + "]", problems));
		}
		return maps;
	}

	/**
	 * Records a problem for each bean-validation violation not already reported while
	 * reading.
	 */
	void validate(Object spec, YamlMap map) {
		for (ConstraintViolation<Object> violation : this.validator.validate(spec)) {
			String field = yamlField(violation.getPropertyPath().toString());
			if (map.has(field)) {
				map.problem(field, violation.getMessage());
			}
		}
	}

	/**
	 * Runs one item's apply step, turning a refusal by the service into a problem at its
	 * line.
	 */
	void applyItem(YamlMap item, Runnable step) {
		try {
			step.run();
		}
		catch (ApiException ex) {
			String field = (ex.field() != null) ? yamlField(ex.field()) : null;
			String message = this.messages.getMessage(ex.messageCode(), ex.args(), ex.messageCode(), Locale.ENGLISH);
			item.problems()
				.add((field != null) ? item.lineOf(field) : item.line(),
						(field != null) ? item.child(field) : item.path(), message);
		}
	}

	private static String yamlField(String property) {
		return switch (property) {
			case "displayName" -> "name";
			case "departmentCode" -> "department";
			case "parentCode" -> "parent";
			default -> property;
		};
	}

}
