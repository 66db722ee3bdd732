package org.switchboard.server.contactcenter;

import java.util.List;
import java.util.Optional;

/**
 * Port the contact-center configuration answers: the extension an agent is given in the
 * configuration (the default at login) and the extensions that exist.
 */
public interface ConfiguredExtensions {

	/** The extension configured for {@code agentId}, if any. */
	Optional<String> configuredExtensionOf(String agentId);

	/** The agent configured at {@code extension}, if any. */
	Optional<String> configuredAgentAt(String extension);

	/** Every configured extension number, in order. */
	List<String> extensionNumbers();

}
