package org.switchboard.server.engine;

import org.switchboard.engine.CenterConfig;

/**
 * Where the engine host gets the center's configuration from (the stored configuration).
 */
@FunctionalInterface
public interface CenterConfigSource {

	/** The configuration as currently stored; valid for the engine. */
	CenterConfig load();

}
