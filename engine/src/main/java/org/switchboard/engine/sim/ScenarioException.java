package org.switchboard.engine.sim;

/**
 * A scenario that cannot be run; the message starts with the path of the offending value,
 * e.g. {@code arrivals[0].handleTime.distribution: unknown value 'expo'}.
 */
public class ScenarioException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String path;

	public ScenarioException(String path, String problem) {
		super((path.isEmpty() ? "scenario" : path) + ": " + problem);
		this.path = path;
	}

	/** Where in the scenario the problem is, e.g. {@code agents[1].count}. */
	public String path() {
		return this.path;
	}

}
