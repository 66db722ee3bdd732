package org.switchboard.server.account;

import org.springframework.security.core.GrantedAuthority;

/** Something a role allows; checked on every page and API through its authority name. */
public enum Permission implements GrantedAuthority {

	/** Manage users, departments and role assignments. */
	USER_ADMIN,
	/** Read the audit log. */
	AUDIT_READ,
	/** Import and export the contact-center configuration file. */
	CONFIGURE,
	/** Work the agent desktop: take and make calls. */
	AGENT_DESK,
	/** Watch queues and agents live, listen in, whisper, barge in. */
	SUPERVISE,
	/** Score recordings against scorecards. */
	QUALITY,
	/** Track training needs and coaching. */
	TRAINING,
	/** Forecast, staff and roster. */
	WORKFORCE,
	/** Read KPI reports. */
	REPORTS,
	/**
	 * Search, play and download every call recording (without it, an agent sees only
	 * their own).
	 */
	RECORDINGS;

	/** Authority string, e.g. {@code PERM_USER_ADMIN}; use it in {@code hasAuthority}. */
	public String authority() {
		return "PERM_" + name();
	}

	@Override
	public String getAuthority() {
		return authority();
	}

}
