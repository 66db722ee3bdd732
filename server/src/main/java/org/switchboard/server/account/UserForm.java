package org.switchboard.server.account;

import java.util.EnumSet;
import java.util.Set;

/** What the user admin form posts; mutable because the HTML form binds to properties. */
class UserForm {

	private String jobNumber = "";

	private String displayName = "";

	private String departmentCode = "";

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	private String password = "";

	static UserForm of(UserAccount user) {
		UserForm form = new UserForm();
		form.jobNumber = user.jobNumber();
		form.displayName = user.displayName();
		form.departmentCode = (user.departmentCode() != null) ? user.departmentCode() : "";
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.enabled = user.enabled();
		return form;
	}

	UserSpec spec() {
		String department = (this.departmentCode == null || this.departmentCode.isBlank()) ? null : this.departmentCode;
		Set<Role> wanted = (this.roles != null) ? this.roles : EnumSet.noneOf(Role.class);
		return new UserSpec(this.jobNumber, this.displayName, department, wanted, this.enabled);
	}

	public String getJobNumber() {
		return this.jobNumber;
	}

	public void setJobNumber(String jobNumber) {
		this.jobNumber = (jobNumber != null) ? jobNumber.strip() : null;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName.strip() : null;
	}

	public String getDepartmentCode() {
		return this.departmentCode;
	}

	public void setDepartmentCode(String departmentCode) {
		this.departmentCode = departmentCode;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
