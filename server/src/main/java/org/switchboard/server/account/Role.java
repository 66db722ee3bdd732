package org.switchboard.server.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The fixed roles of a contact center and the permissions each one carries. */
public enum Role {

	/** 管理员: users, departments, roles, the audit log and everything else. */
	ADMIN(EnumSet.allOf(Permission.class)),
	/** 班长 / 现场管理: live supervision and reports. */
	SUPERVISOR(EnumSet.of(Permission.SUPERVISE, Permission.REPORTS, Permission.AGENT_DESK, Permission.RECORDINGS)),
	/** 质检: scores recordings. */
	QA(EnumSet.of(Permission.QUALITY, Permission.REPORTS, Permission.RECORDINGS)),
	/** 培训: coaching and training needs. */
	TRAINER(EnumSet.of(Permission.TRAINING, Permission.REPORTS)),
	/** 排班: forecasting and rosters. */
	PLANNER(EnumSet.of(Permission.WORKFORCE, Permission.REPORTS)),
	/** 坐席: answers and makes calls. */
	AGENT(EnumSet.of(Permission.AGENT_DESK));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Collections.unmodifiableSet(permissions);
	}

	/** What this role allows. */
	public Set<Permission> permissions() {
		return this.permissions;
	}

	/** Authority string, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
