package org.switchboard.server.contactcenter;

import java.util.Optional;

/**
 * Port the agent-state feature answers: the extension each logged-in agent bound at login
 * (hot-desking). The configured extension applies only where this says nothing.
 */
public interface LoggedInExtensions {

	/** The agent logged in at {@code extension} now. */
	Optional<String> agentBoundAt(String extension);

	/** The extension {@code agentId} is logged in at now. */
	Optional<String> extensionBoundTo(String agentId);

}
