package org.switchboard.server.recordings;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduler that runs the daily retention job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RecordingsConfiguration {

}
