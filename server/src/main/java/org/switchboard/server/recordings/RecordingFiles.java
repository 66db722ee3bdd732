package org.switchboard.server.recordings;

import java.io.File;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.server.SwitchboardProperties;

import org.springframework.stereotype.Component;

/** Where recording files live and how their stored paths resolve. */
@Component
class RecordingFiles {

	private static final Logger log = LoggerFactory.getLogger(RecordingFiles.class);

	private final Path dataDir;

	RecordingFiles(SwitchboardProperties properties) {
		this.dataDir = properties.dataDir().toAbsolutePath().normalize();
	}

	/**
	 * The path to store: relative to the data directory (with {@code /}) when under it.
	 */
	String relativize(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		if (!absolute.startsWith(this.dataDir)) {
			log.warn("Recording {} is outside the data directory; storing its absolute path", absolute);
			return absolute.toString();
		}
		return this.dataDir.relativize(absolute).toString().replace(File.separatorChar, '/');
	}

	Path resolve(String storedPath) {
		return this.dataDir.resolve(storedPath).normalize();
	}

}
