package org.switchboard.server.configfile;

/**
 * One thing wrong with a configuration file: where (1-based line, field path) and what.
 *
 * @param line 1-based line in the file, 0 when unknown
 * @param path field path such as {@code users[2].roles[0]}
 * @param message what is wrong and, where it helps, what is expected
 */
public record ConfigProblem(int line, String path, String message) {

	@Override
	public String toString() {
		return "line " + this.line + ", " + this.path + ": " + this.message;
	}

}
