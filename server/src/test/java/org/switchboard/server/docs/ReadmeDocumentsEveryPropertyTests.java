package org.switchboard.server.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table cannot drift from the code: every
 * {@code switchboard.*} property in the generated configuration metadata must be named
 * there.
 */
class ReadmeDocumentsEveryPropertyTests {

	@Test
	void everySwitchboardPropertyIsInTheReadme() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
		List<String> missing = new ArrayList<>();
		for (String property : switchboardProperties()) {
			if (!readme.contains("`" + property + "`")) {
				missing.add(property);
			}
		}
		assertThat(missing).as("properties missing from the README's configuration table").isEmpty();
	}

	private static List<String> switchboardProperties() throws IOException {
		try (InputStream in = ReadmeDocumentsEveryPropertyTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("configuration metadata (spring-boot-configuration-processor)").isNotNull();
			JsonNode metadata = new ObjectMapper().readTree(in);
			List<String> names = new ArrayList<>();
			metadata.get("properties").forEach((property) -> {
				String name = property.get("name").asString();
				if (name.startsWith("switchboard.")) {
					names.add(name);
				}
			});
			assertThat(names).as("switchboard properties in the metadata").isNotEmpty();
			return names;
		}
	}

}
