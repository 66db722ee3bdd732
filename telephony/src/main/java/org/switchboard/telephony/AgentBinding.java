package org.switchboard.telephony;

import java.util.Optional;

/**
 * Port the server implements: which agent works at which extension, both ways. The B2BUA
 * rings an agent at the extension bound to them; feature codes dialled from an extension
 * act for the agent bound to it.
 */
public interface AgentBinding {

	Optional<String> agentAt(String extension);

	Optional<String> extensionOf(String agentId);

}
