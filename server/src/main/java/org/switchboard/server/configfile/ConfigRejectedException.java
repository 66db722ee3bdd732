package org.switchboard.server.configfile;

import java.util.List;

/** A configuration file was rejected whole; nothing of it was applied. */
public class ConfigRejectedException extends RuntimeException {

	private final List<ConfigProblem> problems;

	public ConfigRejectedException(List<ConfigProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ConfigProblem> problems() {
		return this.problems;
	}

	private static String summary(List<ConfigProblem> problems) {
		String first = problems.isEmpty() ? "" : problems.get(0).toString();
		return (problems.size() == 1) ? "configuration rejected: " + first
				: "configuration rejected (" + problems.size() + " problems), first: " + first;
	}

}
