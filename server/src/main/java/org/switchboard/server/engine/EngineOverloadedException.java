package org.switchboard.server.engine;

/** The engine's input queue stayed full: the engine cannot keep up or is not running. */
public class EngineOverloadedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EngineOverloadedException(String message) {
		super(message);
	}

}
