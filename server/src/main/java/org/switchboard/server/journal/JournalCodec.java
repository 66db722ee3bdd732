package org.switchboard.server.journal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.switchboard.engine.journal.AgentStateChanged;
import org.switchboard.engine.journal.ContactEvent;
import org.switchboard.engine.journal.EngineEvent;
import org.switchboard.engine.journal.InvariantViolated;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns engine events into journal rows and back. */
final class JournalCodec {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Event class per stored type: {@code ContactAnswered} is {@code CONTACT_ANSWERED}.
	 */
	private static final Map<String, Class<? extends EngineEvent>> TYPES = types();

	private JournalCodec() {
	}

	static JournalEntry encode(String engineId, long seq, EngineEvent event) {
		JsonNode tree = JSON.valueToTree(event);
		String queue = text(tree, "queue");
		if (queue == null) {
			queue = text(tree, "fromQueue");
		}
		return new JournalEntry(UUID.randomUUID().toString(), engineId, seq, event.type(), event.at(),
				text(tree, "contactId"), text(tree, "agentId"), queue, JSON.writeValueAsString(tree));
	}

	/** The engine event a row holds, or null for a type this version does not know. */
	static EngineEvent decode(JournalEntry entry) {
		Class<? extends EngineEvent> type = TYPES.get(entry.type());
		return (type != null) ? JSON.readValue(entry.payload(), type) : null;
	}

	static JsonNode payload(String json) {
		return JSON.readTree(json);
	}

	static String text(JsonNode tree, String field) {
		JsonNode value = tree.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static Map<String, Class<? extends EngineEvent>> types() {
		Map<String, Class<? extends EngineEvent>> types = new HashMap<>();
		types.put(typeName(AgentStateChanged.class), AgentStateChanged.class);
		types.put(typeName(InvariantViolated.class), InvariantViolated.class);
		for (Class<?> type : ContactEvent.class.getPermittedSubclasses()) {
			types.put(typeName(type), type.asSubclass(EngineEvent.class));
		}
		return Map.copyOf(types);
	}

	static String typeName(Class<?> type) {
		return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

}
