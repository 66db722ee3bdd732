package org.switchboard.server.centeradmin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.switchboard.server.centeradmin.Field.Kind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Converts between an item's configuration map and the text of its form fields. Typing
 * errors (a number that is not one, a malformed level) are collected as message keys per
 * field; the configuration section checks everything else.
 */
final class ItemForm {

	private ItemForm() {
	}

	/** The text each field of {@code entity} shows for {@code item}. */
	static Map<String, String> values(CenterEntity entity, Map<String, Object> item) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : entity.fields()) {
			values.put(field.name(), text(field, get(item, field.name())));
		}
		return values;
	}

	/** What a new item's form shows. */
	static Map<String, String> initial(CenterEntity entity) {
		Map<String, String> values = new LinkedHashMap<>();
		entity.fields().forEach((field) -> values.put(field.name(), field.initial()));
		return values;
	}

	/**
	 * Writes the typed {@code values} over a copy of {@code existing}; keys without a
	 * field stay as they were. Records a message key per field that could not be
	 * converted.
	 */
	static Map<String, Object> apply(CenterEntity entity, Map<String, Object> existing, Map<String, String> values,
			Map<String, String> errors) {
		Map<String, Object> item = deepCopy(existing);
		for (Field field : entity.fields()) {
			String raw = Objects.requireNonNullElse(values.get(field.name()), "").strip();
			if (field.kind() == Kind.FLAG) {
				set(item, field.name(), "true".equals(raw) || "on".equals(raw));
			}
			else if (raw.isEmpty()) {
				if (field.kind() != Kind.PASSWORD) {
					remove(item, field.name());
				}
			}
			else {
				try {
					set(item, field.name(), value(field, raw));
				}
				catch (IllegalArgumentException ex) {
					errors.put(field.name(), ex.getMessage());
				}
			}
		}
		return item;
	}

	private static Object value(Field field, String raw) {
		return switch (field.kind()) {
			case NUMBER -> number(raw, "center.error.number");
			case LEVELS -> levels(raw);
			case LIST -> Arrays.stream(raw.split("[,\\n]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
			case YAML -> yaml(raw);
			default -> raw;
		};
	}

	private static int number(String raw, String messageKey) {
		try {
			return Integer.parseInt(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(messageKey);
		}
	}

	private static Map<String, Integer> levels(String raw) {
		Map<String, Integer> levels = new LinkedHashMap<>();
		for (String part : raw.split("[,\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pair = part.split("[=:]", 2);
			if (pair.length != 2 || pair[0].isBlank()) {
				throw new IllegalArgumentException("center.error.levels");
			}
			levels.put(pair[0].strip(), number(pair[1], "center.error.levels"));
		}
		return levels;
	}

	private static Object yaml(String raw) {
		try {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(raw);
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException("center.error.yaml");
		}
	}

	private static String text(Field field, Object value) {
		if (value == null && field.kind() == Kind.FLAG) {
			return field.initial();
		}
		if (value == null || field.kind() == Kind.PASSWORD) {
			return "";
		}
		return switch (field.kind()) {
			case LEVELS -> (value instanceof Map<?, ?> map) ? map.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.collect(Collectors.joining(", ")) : String.valueOf(value);
			case LIST -> (value instanceof List<?> list)
					? list.stream().map(String::valueOf).collect(Collectors.joining(", ")) : String.valueOf(value);
			case YAML -> dump(value);
			case FLAG -> Boolean.TRUE.equals(value) ? "true" : "";
			default -> String.valueOf(value);
		};
	}

	static String dump(Object value) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		options.setAllowUnicode(true);
		options.setSplitLines(false);
		return new Yaml(options).dump(value);
	}

	private static Object get(Map<String, Object> item, String name) {
		Object current = item;
		for (String part : name.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static void set(Map<String, Object> item, String name, Object value) {
		String[] parts = name.split("\\.");
		Map<String, Object> map = item;
		for (int i = 0; i < parts.length - 1; i++) {
			Object next = map.get(parts[i]);
			if (!(next instanceof Map)) {
				next = new LinkedHashMap<String, Object>();
				map.put(parts[i], next);
			}
			map = (Map<String, Object>) next;
		}
		map.put(parts[parts.length - 1], value);
	}

	private static void remove(Map<String, Object> item, String name) {
		String[] parts = name.split("\\.");
		if (parts.length == 1) {
			item.remove(name);
			return;
		}
		if (item.get(parts[0]) instanceof Map<?, ?> nested) {
			nested.remove(parts[1]);
			if (nested.isEmpty()) {
				item.remove(parts[0]);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> deepCopy(Map<String, Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(key,
				(value instanceof Map<?, ?> nested) ? deepCopy((Map<String, Object>) nested)
						: (value instanceof List<?> list) ? new ArrayList<>(list) : value));
		return copy;
	}

}
