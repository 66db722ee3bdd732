package org.switchboard.server.engine;

import java.time.Clock;
import org.switchboard.server.journal.JournalRecovery;
import org.switchboard.server.journal.PersistentJournal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine host, fed by the persisted journal and restored from it at start. */
@Configuration(proxyBeanMethods = false)
class EngineHostConfiguration {

	@Bean
	AgentRestore agentRestore(JournalRecovery recovery, Clock clock, CenterConfigSource source) {
		return new AgentRestore(recovery, clock, () -> source.load().timeZone());
	}

	@Bean
	EngineHost engineHost(Clock clock, PersistentJournal journal, CenterConfigSource source,
			EngineHostProperties properties, ObjectProvider<ActionSink> sinks, AgentRestore restore) {
		EngineHost host = new EngineHost(clock, journal, source, properties, sinks.orderedStream().toList());
		host.onStart(restore);
		return host;
	}

}
