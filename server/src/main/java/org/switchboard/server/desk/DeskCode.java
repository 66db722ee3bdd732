package org.switchboard.server.desk;

/**
 * A code the admin defines: a not-ready reason or a disposition.
 *
 * @param code the stored code
 * @param label what the agent sees
 */
record DeskCode(String code, String label) {

	/** Which list a code belongs to. */
	enum Kind {

		NOT_READY, DISPOSITION

	}

}
