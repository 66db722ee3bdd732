package org.switchboard.server.configfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the file named by {@code switchboard.config-import} at start-up. A rejected
 * file stops the start with the problems listed, so a server never runs half-configured.
 */
@Component
@Order(10)
class ConfigFileImport implements ApplicationRunner {

	static final String ACTOR = "config-file";

	private static final Logger log = LoggerFactory.getLogger(ConfigFileImport.class);

	private final ConfigImporter importer;

	private final String location;

	ConfigFileImport(ConfigImporter importer, @Value("${switchboard.config-import:}") String location) {
		this.importer = importer;
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.location.isBlank()) {
			return;
		}
		Path file = Path.of(this.location);
		String yaml;
		try {
			yaml = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ConfigRejectedException(java.util.List
				.of(new ConfigProblem(0, "", "cannot read " + file.toAbsolutePath() + ": " + ex.getMessage())));
		}
		ImportReport report = this.importer.importYaml(yaml, ACTOR);
		log.info("Imported {}: {}", file, report.changedAnything() ? report.sections() : "no changes");
	}

}
