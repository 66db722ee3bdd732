package org.switchboard.engine.ivr;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Substitutes {@code ${name}} references in node values with session variables. */
final class Templates {

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

	private Templates() {
	}

	/**
	 * {@code template} with each {@code ${name}} replaced by its variable, or by nothing
	 * when unset.
	 */
	static String substitute(String template, Map<String, String> variables) {
		if (template == null || !template.contains("${")) {
			return template;
		}
		Matcher matcher = REFERENCE.matcher(template);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String value = variables.getOrDefault(matcher.group(1).trim(), "");
			matcher.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/**
	 * Why {@code template} is not a well-formed template (an unclosed or empty
	 * {@code ${}}), or null when it is.
	 */
	static String problem(String template) {
		int from = template.indexOf("${");
		while (from >= 0) {
			int close = template.indexOf('}', from);
			if (close < 0) {
				return "'" + template + "' has a ${ without a closing }";
			}
			if (template.substring(from + 2, close).isBlank()) {
				return "'" + template + "' has an empty ${} reference";
			}
			from = template.indexOf("${", close);
		}
		return null;
	}

}
