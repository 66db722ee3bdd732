package org.switchboard.server.live;

import java.time.Duration;

import org.switchboard.engine.metrics.ServiceLevelFormula;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the live views count and push.
 *
 * @param pushInterval shortest gap between two pushes to one client (250 ms: at most 4
 * updates a second)
 * @param refreshInterval a snapshot is pushed at least this often even when nothing
 * happened, so time-based alerts appear (1 s)
 * @param notReadyWarning not-ready for longer than this warns the agent and the
 * supervisor (15 min)
 * @param longWaitAlert a caller waiting longer than this raises a wallboard alert (60 s)
 * @param missedRingWindow a missed ring stays on the wallboard this long (10 min)
 * @param serviceLevelThreshold answered within this wait counts for the service level (20
 * s)
 * @param serviceLevelFormula which service-level formula the wallboard shows (OFFERED)
 * @param emitterTimeout an event stream is closed after this long; the browser reconnects
 * and resumes (30 min)
 * @param stallTimeout a browser whose stream write has been blocked this long (it stopped
 * reading: a full TCP window) is dropped and counted, so it holds no writer for longer;
 * its EventSource reconnects once its network recovers (5 s)
 */
@ConfigurationProperties("switchboard.live")
public record LiveProperties(@DefaultValue("250ms") Duration pushInterval, @DefaultValue("1s") Duration refreshInterval,
		@DefaultValue("15m") Duration notReadyWarning, @DefaultValue("60s") Duration longWaitAlert,
		@DefaultValue("10m") Duration missedRingWindow, @DefaultValue("20s") Duration serviceLevelThreshold,
		@DefaultValue("OFFERED") ServiceLevelFormula serviceLevelFormula, @DefaultValue("30m") Duration emitterTimeout,
		@DefaultValue("5s") Duration stallTimeout) {

	/** The defaults, for tests and tools. */
	public static LiveProperties defaults() {
		return new LiveProperties(Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofMinutes(15),
				Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofSeconds(20), ServiceLevelFormula.OFFERED,
				Duration.ofMinutes(30), Duration.ofSeconds(5));
	}

}
