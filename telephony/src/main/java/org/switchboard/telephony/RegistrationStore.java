package org.switchboard.telephony;

import java.util.List;

import org.switchboard.telephony.registrar.Binding;

/**
 * Port the server implements: keeps registered contacts across restarts, so phones are
 * rung at once after a restart instead of after their next REGISTER (which may be an hour
 * away). Called on SIP threads after each change; implementations must not block long.
 */
public interface RegistrationStore {

	/** Every binding stored; expired ones are dropped by the caller. */
	List<Binding> load();

	/** A contact registered or refreshed. */
	void saved(Binding binding);

	/** A contact removed (expiry 0) from {@code extension}. */
	void removed(String extension, String contact);

	/** Every contact of {@code extension} removed ("*"). */
	void cleared(String extension);

	/** Keeps nothing: registrations live in memory only. */
	static RegistrationStore none() {
		return new RegistrationStore() {

			@Override
			public List<Binding> load() {
				return List.of();
			}

			@Override
			public void saved(Binding binding) {
			}

			@Override
			public void removed(String extension, String contact) {
			}

			@Override
			public void cleared(String extension) {
			}

		};
	}

}
