package org.switchboard.server.ivrdata;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An HTTP source: GET on the configured URL with {@code {parameter}} replaced by the
 * URL-encoded parameter (empty when the node gives none). 200 with a JSON object is
 * found: its scalar fields become values, nested objects' fields as {@code outer.inner};
 * 404 is not found; anything else is a failure.
 */
final class HttpSource implements DataSource {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String template;

	private final HttpClient client;

	private final Duration timeout;

	HttpSource(String template, HttpClient client, Duration timeout) {
		this.template = template;
		this.client = client;
		this.timeout = timeout;
	}

	@Override
	public Optional<Map<String, String>> lookUp(Map<String, String> parameters) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(url(parameters))
			.timeout(this.timeout)
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 404) {
			return Optional.empty();
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " from " + request.uri().getHost());
		}
		JsonNode body = JSON.readTree(response.body());
		if (!body.isObject()) {
			throw new IllegalStateException("not a JSON object from " + request.uri().getHost());
		}
		Map<String, String> values = new LinkedHashMap<>();
		flatten("", body, values);
		return Optional.of(values);
	}

	URI url(Map<String, String> parameters) {
		Matcher m = PLACEHOLDER.matcher(this.template);
		StringBuilder url = new StringBuilder();
		while (m.find()) {
			String value = parameters.getOrDefault(m.group(1), "");
			m.appendReplacement(url,
					Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
		}
		m.appendTail(url);
		return URI.create(url.toString());
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			JsonNode value = field.getValue();
			String name = prefix + field.getKey();
			if (value.isObject()) {
				flatten(name + ".", value, values);
			}
			else if (value.isValueNode() && !value.isNull()) {
				values.put(name, value.asString());
			}
		}
	}

}
