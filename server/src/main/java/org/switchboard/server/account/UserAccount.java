package org.switchboard.server.account;

import java.time.Instant;
import java.util.Set;

/**
 * A person who logs in; never carries the password hash.
 *
 * @param id globally unique id
 * @param jobNumber login name, the job number (工号), unique
 * @param displayName name shown in the UI
 * @param departmentCode code of the user's department, or {@code null}
 * @param roles granted roles
 * @param enabled whether the user may log in at all
 * @param mustChangePassword whether the next login must set a new password
 * @param lockedUntil end of a lock-out after failed logins, or {@code null}
 */
public record UserAccount(String id, String jobNumber, String displayName, String departmentCode, Set<Role> roles,
		boolean enabled, boolean mustChangePassword, Instant lockedUntil) {

	/** Whether the account is locked at {@code now}. */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
