package org.switchboard.telephony;

import java.util.Optional;

/**
 * Port the server implements: resolves a dialled number to where the call goes first, as
 * the engine names it ({@code ivr:NAME}, {@code queue:NAME}, {@code agent:ID},
 * {@code extension:NUMBER}, ...). Only numbers that resolve here can be reached by
 * callers that did not authenticate.
 */
@FunctionalInterface
public interface InboundRoutes {

	Optional<String> entryFor(String dialedNumber);

}
