package org.switchboard.server.ivrdata;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where IVR look-ups go and how long they may take.
 *
 * @param timeout the longest a look-up may take before it counts as not found
 * @param threads look-ups running at once
 * @param queueCapacity look-ups waiting for a thread; beyond it a look-up is answered
 * "not found" at once
 * @param http HTTP sources: name to URL template, {@code {parameter}} replaced by the
 * node's URL-encoded parameter
 */
@ConfigurationProperties("switchboard.ivr-data")
public record IvrDataProperties(@DefaultValue("2s") Duration timeout, @DefaultValue("2") int threads,
		@DefaultValue("200") int queueCapacity, Map<String, String> http) {

	public IvrDataProperties {
		if (timeout.isNegative() || timeout.isZero() || threads < 1 || queueCapacity < 1) {
			throw new IllegalArgumentException(
					"switchboard.ivr-data: timeout must be positive, threads and queue-capacity at least 1");
		}
		http = (http != null) ? Map.copyOf(http) : Map.of();
		http.forEach((name, url) -> {
			if (CustomerSource.NAME.equals(name)) {
				throw new IllegalArgumentException(
						"switchboard.ivr-data.http." + name + ": '" + name + "' is the built-in customer source");
			}
			if (!url.startsWith("http://") && !url.startsWith("https://")) {
				throw new IllegalArgumentException(
						"switchboard.ivr-data.http." + name + ": not an http(s) URL: " + url);
			}
		});
	}

}
