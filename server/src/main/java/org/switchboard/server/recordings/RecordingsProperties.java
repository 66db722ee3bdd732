package org.switchboard.server.recordings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Recording settings, bound from {@code switchboard.recordings.*}.
 *
 * @param retention how long a recording's audio is kept after the call began (ISO-8601 or
 * {@code 365d}); zero or negative keeps recordings forever; default 365 days
 * @param retentionCron when the retention job runs (Spring cron, server time zone);
 * default daily at 03:30
 */
@ConfigurationProperties("switchboard.recordings")
public record RecordingsProperties(@DefaultValue("P365D") Duration retention,
		@DefaultValue("0 30 3 * * *") String retentionCron) {

	/** Whether recordings are kept forever. */
	boolean keepsForever() {
		return this.retention.isZero() || this.retention.isNegative();
	}

}
