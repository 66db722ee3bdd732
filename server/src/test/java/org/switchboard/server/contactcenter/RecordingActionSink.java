package org.switchboard.server.contactcenter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.engine.Action;
import org.switchboard.server.engine.ActionSink;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Collects every action the hosted engine gives, as the telephony adapter would get them.
 */
class RecordingActionSink implements ActionSink {

	final List<Action> actions = new CopyOnWriteArrayList<>();

	@Override
	public void execute(List<Action> batch) {
		this.actions.addAll(batch);
	}

	<T extends Action> List<T> of(Class<T> type) {
		return this.actions.stream().filter(type::isInstance).map(type::cast).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		RecordingActionSink recordingActionSink() {
			return new RecordingActionSink();
		}

	}

}
