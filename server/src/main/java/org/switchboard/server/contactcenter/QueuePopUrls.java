package org.switchboard.server.contactcenter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;

import org.springframework.stereotype.Component;

/**
 * A queue's external screen pop ({@code popUrl} in the queue's item): a URL the agent's
 * desk offers to open when a call of that queue rings, with the call's data as query
 * parameters, e.g. {@code https://crm.example.com/pop?phone={caller}&queue={queue}}.
 * Placeholders: {@value #PLACEHOLDER_LIST}; values are URL-encoded.
 */
@Component
public class QueuePopUrls {

	static final String PLACEHOLDER_LIST = "{caller}, {dialed}, {queue}, {contactId}, {agent}, {ivrDigits}, {waitSeconds}";

	private static final Set<String> PLACEHOLDERS = Set.of("caller", "dialed", "queue", "contactId", "agent",
			"ivrDigits", "waitSeconds");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	private final ContactCenterRepository repository;

	QueuePopUrls(ContactCenterRepository repository) {
		this.repository = repository;
	}

	/** The queue's pop URL filled with {@code values}, if the queue has one. */
	public Optional<String> popUrl(String queue, Map<String, String> values) {
		if (queue == null) {
			return Optional.empty();
		}
		Map<String, Object> definition = this.repository.definitions(Kind.QUEUE).get(queue);
		Object template = (definition != null) ? definition.get("popUrl") : null;
		if (template == null || String.valueOf(template).isBlank()) {
			return Optional.empty();
		}
		return Optional.of(fill(String.valueOf(template), values));
	}

	static String fill(String template, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder url = new StringBuilder();
		while (m.find()) {
			String value = values.getOrDefault(m.group(1), "");
			m.appendReplacement(url,
					Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
		}
		m.appendTail(url);
		return url.toString();
	}

	/** What is wrong with a pop URL template, or null. */
	static String problem(String template) {
		if (!template.startsWith("https://") && !template.startsWith("http://")) {
			return "must be an http:// or https:// URL";
		}
		Matcher m = PLACEHOLDER.matcher(template);
		while (m.find()) {
			if (!PLACEHOLDERS.contains(m.group(1))) {
				return "unknown placeholder {" + m.group(1) + "} (known: " + PLACEHOLDER_LIST + ")";
			}
		}
		return null;
	}

}
