package org.switchboard.telephony;

import java.util.Optional;

/** Port the server implements: looks extensions up by number. */
@FunctionalInterface
public interface ExtensionDirectory {

	Optional<Extension> find(String number);

}
