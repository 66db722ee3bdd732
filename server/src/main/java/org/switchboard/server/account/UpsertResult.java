package org.switchboard.server.account;

/** What an idempotent upsert did. */
public enum UpsertResult {

	/** The thing did not exist and was created. */
	CREATED,
	/** The thing existed and at least one field changed. */
	UPDATED,
	/** The thing already had the wanted state; nothing was written or audited. */
	UNCHANGED

}
