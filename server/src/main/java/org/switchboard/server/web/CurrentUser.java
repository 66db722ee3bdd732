package org.switchboard.server.web;

import java.util.Set;

/**
 * Who is logged in, as the layout needs it.
 *
 * @param jobNumber login name
 * @param displayName name shown in the header
 * @param authorities granted role and permission authorities
 */
public record CurrentUser(String jobNumber, String displayName, Set<String> authorities) {

	/** Whether the user holds the permission with this name, e.g. {@code USER_ADMIN}. */
	public boolean can(String permission) {
		return this.authorities.contains("PERM_" + permission);
	}

}
