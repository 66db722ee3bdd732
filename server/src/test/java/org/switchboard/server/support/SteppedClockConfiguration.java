package org.switchboard.server.support;

import java.time.Instant;

import org.switchboard.telephony.testphone.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the wall clock with a {@link TestClock} tests can step. */
@TestConfiguration(proxyBeanMethods = false)
public class SteppedClockConfiguration {

	@Bean
	@Primary
	public TestClock steppedClock() {
		return new TestClock(Instant.now());
	}

}
