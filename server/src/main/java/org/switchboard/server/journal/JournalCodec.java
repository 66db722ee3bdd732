package org.switchboard.server.journal;

import java.util.UUID;

import org.switchboard.engine.journal.EngineEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns engine events into journal rows and reads payload fields back. */
final class JournalCodec {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	static JsonNode payload(String json) {
		return JSON.readTree(json);
	}

	static String text(JsonNode tree, String field) {
		JsonNode value = tree.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
