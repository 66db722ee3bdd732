package org.switchboard.server.ivrdata;

import java.util.Map;
import java.util.Optional;

/** One place an IVR look-up can ask. */
interface DataSource {

	/**
	 * The values found for {@code parameters}, or empty when there are none.
	 * @throws Exception when the source cannot answer; the look-up then counts as not
	 * found
	 */
	Optional<Map<String, String>> lookUp(Map<String, String> parameters) throws Exception;

}
