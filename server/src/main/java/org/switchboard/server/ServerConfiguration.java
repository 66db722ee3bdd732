package org.switchboard.server;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Application-wide beans: {@code @ConfigurationProperties} records anywhere under
 * {@code org.switchboard.server} and the clock.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan
class ServerConfiguration {

	/** The wall clock; tests replace it to step time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
