package org.switchboard.server.live;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.engine.AgentView;
import org.switchboard.engine.CenterConfig;
import org.switchboard.engine.CenterConfig.AgentConfig;
import org.switchboard.engine.QueueConfig;
import org.switchboard.server.engine.CenterConfigSource;
import org.switchboard.server.engine.EngineHost;
import org.switchboard.server.journal.JournalRecovery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live floor, fed by the engine host's events, and its event streams; the roster
 * (names, memberships, queues) is reloaded from the configuration and the engine every
 * few seconds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LiveConfiguration.class);

	/**
	 * The floor, first fed the journal of earlier runs (so that today's figures survive a
	 * restart) and then every live event; built before the engine starts, so no event
	 * falls between the two.
	 */
	@Bean
	LiveFloor liveFloor(LiveProperties properties, EngineHost host, CenterConfigSource source, JournalRecovery journal,
			Clock clock) {
		ZoneId zone = source.load().timeZone();
		LiveFloor floor = new LiveFloor(properties, zone, System::currentTimeMillis);
		long replayed = journal.replay(clock.instant(), zone, floor::on);
		floor.earlierRunsEnded();
		log.info("Live floor rebuilt from {} journal events", replayed);
		host.addListener(floor::on);
		return floor;
	}

	@Bean
	LiveStream liveStream(LiveFloor floor, LiveProperties properties, Clock clock, EngineHost host,
			CenterConfigSource source) {
		return new LiveStream(floor, properties, clock, new RosterRefresh(floor, host, source));
	}

	/** Reloads the roster shown on the floor. */
	static class RosterRefresh implements Runnable {

		private static final Logger log = LoggerFactory.getLogger(RosterRefresh.class);

		private static final Duration ENGINE_ANSWER = Duration.ofSeconds(2);

		private final LiveFloor floor;

		private final EngineHost host;

		private final CenterConfigSource source;

		RosterRefresh(LiveFloor floor, EngineHost host, CenterConfigSource source) {
			this.floor = floor;
			this.host = host;
			this.source = source;
		}

		@Override
		public void run() {
			if (!this.host.isRunning()) {
				return;
			}
			try {
				CenterConfig config = this.source.load();
				Map<String, String> names = new LinkedHashMap<>();
				for (AgentConfig agent : config.agents()) {
					names.put(agent.id(), agent.name());
				}
				Map<String, List<String>> memberships = this.host.query((engine) -> {
					Map<String, List<String>> queues = new HashMap<>();
					for (String id : names.keySet()) {
						AgentView view = engine.agent(id);
						queues.put(id, (view != null) ? view.queues() : List.of());
					}
					return queues;
				}).get(ENGINE_ANSWER.toMillis(), TimeUnit.MILLISECONDS);
				Map<String, Integer> wrapUp = new HashMap<>();
				for (QueueConfig queue : config.queues()) {
					wrapUp.put(queue.name(), queue.wrapUpSeconds());
				}
				this.floor.roster(new Roster(names, memberships,
						config.queues().stream().map(QueueConfig::name).toList(), wrapUp));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (Exception ex) {
				log.warn("Live roster not refreshed: {}", ex.getMessage());
			}
		}

	}

}
