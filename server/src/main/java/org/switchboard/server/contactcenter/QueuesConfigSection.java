package org.switchboard.server.contactcenter;

import java.time.Clock;
import java.util.Map;

import org.switchboard.server.configfile.YamlMap;
import org.switchboard.server.contactcenter.ContactCenterRepository.Kind;

import org.springframework.stereotype.Component;

/**
 * The {@code queues} section: one item per queue with the keys of
 * {@link org.switchboard.engine.QueueConfig} (targets written as {@code queue:NAME},
 * {@code ivr:NAME}, {@code voicemail:BOX}...).
 *
 * <pre>
 * queues:
 *   - {name: general, strategy: longest-idle, requiredSkills: {general: 1}, serviceLevelSeconds: 20, wrapUpSeconds: 5}
 * </pre>
 *
 * {@code popUrl} (not the engine's) is the queue's external screen pop, see
 * {@link QueuePopUrls}.
 */
@Component
class QueuesConfigSection extends DefinitionSection {

	QueuesConfigSection(ContactCenterRepository repository, ImportHook hook, Clock clock) {
		super(repository, hook, clock, Kind.QUEUE, Definitions.QUEUE_KEYS);
	}

	@Override
	public String key() {
		return "queues";
	}

	@Override
	public int order() {
		return 210;
	}

	@Override
	void check(YamlMap yaml, String name, Map<String, Object> definition) {
		try {
			Definitions.queue(definition);
		}
		catch (IllegalArgumentException ex) {
			yaml.problem(null, ex.getMessage());
		}
		Object popUrl = definition.get("popUrl");
		if (popUrl != null) {
			String problem = QueuePopUrls.problem(String.valueOf(popUrl));
			if (problem != null) {
				yaml.problem("popUrl", problem);
			}
		}
	}

}
