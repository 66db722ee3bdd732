package org.switchboard.server.engine;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine host's settings ({@code switchboard.engine.*}).
 *
 * @param inputCapacity inputs and queries that may wait for the engine thread (count);
 * default 10000
 * @param submitTimeout how long a submitter waits for room in a full input queue before
 * {@link EngineOverloadedException}; default 1 s
 * @param maxPark longest the engine thread sleeps without looking at the clock, so that a
 * clock that jumps is noticed; default 1 s
 */
@ConfigurationProperties("switchboard.engine")
public record EngineHostProperties(@DefaultValue("10000") int inputCapacity, @DefaultValue("1s") Duration submitTimeout,
		@DefaultValue("1s") Duration maxPark) {

	/** The defaults, for code that builds a host outside Spring. */
	public static EngineHostProperties defaults() {
		return new EngineHostProperties(10_000, Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

}
