package org.switchboard.server.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Rule for tests that need something outside the JVM (PostgreSQL, Chromium): mandatory
 * when {@code CI=true}, otherwise skipped with a printed reason.
 */
public final class ExternalProgram {

	private ExternalProgram() {
	}

	/** Skips (or, in CI, fails) the calling test unless {@code available}. */
	public static void require(boolean available, String reason) {
		if (available) {
			return;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI=true but " + reason);
		}
		System.out.println("SKIPPED (set CI=true to make this mandatory): " + reason);
		Assumptions.abort(reason);
	}

	/**
	 * An executable named by {@code envVariable}, or else found on the PATH as
	 * {@code name}.
	 */
	public static Optional<Path> executable(String envVariable, String name) {
		String explicit = System.getenv(envVariable);
		if (explicit != null && !explicit.isBlank()) {
			Path path = Path.of(explicit);
			return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
		}
		String searchPath = System.getenv("PATH");
		if (searchPath == null) {
			return Optional.empty();
		}
		for (String directory : searchPath.split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(directory, name);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
