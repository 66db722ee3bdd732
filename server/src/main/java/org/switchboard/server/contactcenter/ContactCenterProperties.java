package org.switchboard.server.contactcenter;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contact center's own settings ({@code switchboard.center.*}).
 *
 * @param timeZone the zone in which "today" counters roll over at midnight and in which
 * calendars without their own {@code timeZone} are read; default UTC
 */
@ConfigurationProperties("switchboard.center")
record ContactCenterProperties(@DefaultValue("UTC") ZoneId timeZone) {
}
