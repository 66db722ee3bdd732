package org.switchboard.server.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.switchboard.server.SwitchboardProperties;
import org.switchboard.server.account.AccountRepository.StoredUser;
import org.switchboard.server.api.ApiException;
import org.switchboard.server.audit.AuditLog;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, departments, passwords, lock-out and API tokens. Every change is audited with
 * its before and after state; the upsert methods are idempotent so configuration can be
 * imported repeatedly.
 */
@Service
public class AccountService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	private final SwitchboardProperties.Lockout lockout;

	AccountService(AccountRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy policy, AuditLog audit,
			Clock clock, SwitchboardProperties properties) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.lockout = properties.security().lockout();
	}

	// ---- reading (also used for configuration export)

	/** All users, ordered by job number. */
	@Transactional(readOnly = true)
	public List<UserAccount> listUsers() {
		return this.repository.listUsers();
	}

	/** The user with this job number, if any. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> findUser(String jobNumber) {
		return this.repository.findUser(jobNumber).map(StoredUser::account);
	}

	/** All departments, every parent before its children. */
	@Transactional(readOnly = true)
	public List<Department> listDepartments() {
		List<Department> all = this.repository.listDepartments();
		Map<String, Department> byCode = all.stream().collect(Collectors.toMap(Department::code, Function.identity()));
		Set<String> ordered = new LinkedHashSet<>();
		all.forEach((department) -> addParentsFirst(department, byCode, ordered));
		return ordered.stream().map(byCode::get).toList();
	}

	private static void addParentsFirst(Department department, Map<String, Department> byCode, Set<String> ordered) {
		if (ordered.contains(department.code())) {
			return;
		}
		if (department.parentCode() != null && byCode.containsKey(department.parentCode())) {
			addParentsFirst(byCode.get(department.parentCode()), byCode, ordered);
		}
		ordered.add(department.code());
	}

	/** The department with this code, if any. */
	@Transactional(readOnly = true)
	public Optional<Department> findDepartment(String code) {
		return this.repository.findDepartment(code);
	}

	// ---- departments

	/** Creates a department; 409 if the code is taken. */
	@Transactional
	public Department createDepartment(DepartmentSpec spec, String actor) {
		if (this.repository.findDepartment(spec.code()).isPresent()) {
			throw ApiException.conflict("code", "department.exists", spec.code());
		}
		upsertDepartment(spec, actor);
		return this.repository.findDepartment(spec.code()).orElseThrow();
	}

	/**
	 * Creates the department or brings it to the wanted state (by code), auditing the
	 * change.
	 * @return what was done
	 */
	@Transactional
	public UpsertResult upsertDepartment(DepartmentSpec spec, String actor) {
		String parentId = parentId(spec);
		Optional<Department> existing = this.repository.findDepartment(spec.code());
		if (existing.isEmpty()) {
			this.repository.insertDepartment(AccountRepository.newId(), spec, parentId, this.clock.instant());
			this.audit.recordChange(actor, "DEPARTMENT_CREATED", spec.code(), null,
					this.repository.findDepartment(spec.code()).orElseThrow());
			return UpsertResult.CREATED;
		}
		Department before = existing.get();
		if (before.name().equals(spec.name()) && Objects.equals(before.parentCode(), blankToNull(spec.parentCode()))) {
			return UpsertResult.UNCHANGED;
		}
		rejectCycle(spec);
		this.repository.updateDepartment(before.id(), spec, parentId);
		this.audit.recordChange(actor, "DEPARTMENT_UPDATED", spec.code(), before,
				this.repository.findDepartment(spec.code()).orElseThrow());
		return UpsertResult.UPDATED;
	}

	private String parentId(DepartmentSpec spec) {
		if (spec.parentCode() == null || spec.parentCode().isBlank()) {
			return null;
		}
		return this.repository.findDepartment(spec.parentCode())
			.map(Department::id)
			.orElseThrow(() -> ApiException.invalid("parentCode", "department.unknown", spec.parentCode()));
	}

	private void rejectCycle(DepartmentSpec spec) {
		Set<String> seen = new HashSet<>();
		String code = spec.parentCode();
		while (code != null && !code.isBlank() && seen.add(code)) {
			if (code.equals(spec.code())) {
				throw ApiException.invalid("parentCode", "department.cycle", spec.parentCode());
			}
			code = this.repository.findDepartment(code).map(Department::parentCode).orElse(null);
		}
	}

	// ---- users

	/**
	 * Creates a user who must change the password at first login; 409 if the job number
	 * is taken.
	 */
	@Transactional
	public UserAccount createUser(UserSpec spec, String initialPassword, String actor) {
		if (this.repository.findUser(spec.jobNumber()).isPresent()) {
			throw ApiException.conflict("jobNumber", "user.exists", spec.jobNumber());
		}
		this.policy.check("password", initialPassword, spec.jobNumber());
		insertUser(spec, initialPassword, true, actor);
		return findUser(spec.jobNumber()).orElseThrow();
	}

	/**
	 * Creates the user or brings it to the wanted state (by job number), auditing the
	 * change. A created user gets {@code initialPassword} (or, if {@code null}, an
	 * unusable random one an administrator must reset) and must change it at first login;
	 * an existing user's password is never touched.
	 * @return what was done
	 */
	@Transactional
	public UpsertResult upsertUser(UserSpec spec, String initialPassword, String actor) {
		Optional<StoredUser> existing = this.repository.findUser(spec.jobNumber());
		if (existing.isEmpty()) {
			String password = initialPassword;
			if (password == null) {
				password = randomSecret(24);
			}
			else {
				this.policy.check("password", password, spec.jobNumber());
			}
			insertUser(spec, password, true, actor);
			return UpsertResult.CREATED;
		}
		UserAccount before = existing.get().account();
		if (sameState(before, spec)) {
			return UpsertResult.UNCHANGED;
		}
		rejectRemovingLastAdministrator(before, spec);
		String departmentId = departmentId(spec.departmentCode());
		this.repository.updateUser(before.id(), spec, departmentId, this.clock.instant());
		this.audit.recordChange(actor, "USER_UPDATED", spec.jobNumber(), before,
				findUser(spec.jobNumber()).orElseThrow());
		return UpsertResult.UPDATED;
	}

	/** Updates an existing user; 404 if there is none. */
	@Transactional
	public UserAccount updateUser(UserSpec spec, String actor) {
		if (this.repository.findUser(spec.jobNumber()).isEmpty()) {
			throw ApiException.notFound("user.notFound", spec.jobNumber());
		}
		upsertUser(spec, null, actor);
		return findUser(spec.jobNumber()).orElseThrow();
	}

	/** Someone must always be able to administer users. */
	private void rejectRemovingLastAdministrator(UserAccount before, UserSpec spec) {
		boolean wasAdmin = before.enabled() && before.roles().contains(Role.ADMIN);
		boolean staysAdmin = spec.enabled() && spec.roles().contains(Role.ADMIN);
		if (wasAdmin && !staysAdmin && this.repository.countEnabledUsersWithRole(Role.ADMIN) <= 1) {
			throw ApiException.invalid("roles", "user.lastAdmin");
		}
	}

	private static boolean sameState(UserAccount user, UserSpec spec) {
		return user.displayName().equals(spec.displayName())
				&& Objects.equals(user.departmentCode(), blankToNull(spec.departmentCode()))
				&& user.roles().equals(spec.roles()) && user.enabled() == spec.enabled();
	}

	private void insertUser(UserSpec spec, String password, boolean mustChange, String actor) {
		String departmentId = departmentId(spec.departmentCode());
		this.repository.insertUser(AccountRepository.newId(), spec, departmentId, this.passwordEncoder.encode(password),
				mustChange, this.clock.instant());
		this.audit.recordChange(actor, "USER_CREATED", spec.jobNumber(), null,
				findUser(spec.jobNumber()).orElseThrow());
	}

	private String departmentId(String code) {
		if (blankToNull(code) == null) {
			return null;
		}
		return this.repository.findDepartment(code)
			.map(Department::id)
			.orElseThrow(() -> ApiException.invalid("departmentCode", "department.unknown", code));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	// ---- passwords

	/**
	 * Sets a new password chosen by an administrator; the user must change it at next
	 * login.
	 */
	@Transactional
	public void resetPassword(String jobNumber, String newPassword, String actor) {
		StoredUser user = this.repository.findUser(jobNumber)
			.orElseThrow(() -> ApiException.notFound("user.notFound", jobNumber));
		this.policy.check("password", newPassword, jobNumber);
		this.repository.updatePassword(user.account().id(), this.passwordEncoder.encode(newPassword), true,
				this.clock.instant());
		this.repository.clearFailedLogins(jobNumber);
		this.audit.recordChange(actor, "PASSWORD_RESET", jobNumber, null, null);
	}

	/** The user changes their own password, proving the current one. */
	@Transactional
	public void changeOwnPassword(String jobNumber, String currentPassword, String newPassword) {
		StoredUser user = this.repository.findUser(jobNumber)
			.orElseThrow(() -> ApiException.notFound("user.notFound", jobNumber));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.passwordHash())) {
			throw ApiException.invalid("currentPassword", "password.currentWrong");
		}
		this.policy.check("newPassword", newPassword, jobNumber);
		if (newPassword.equals(currentPassword)) {
			throw ApiException.invalid("newPassword", "password.unchanged");
		}
		this.repository.updatePassword(user.account().id(), this.passwordEncoder.encode(newPassword), false,
				this.clock.instant());
		this.audit.recordChange(jobNumber, "PASSWORD_CHANGED", jobNumber, null, null);
	}

	/** Whether this user must set a new password before doing anything else. */
	@Transactional(readOnly = true)
	public boolean mustChangePassword(String jobNumber) {
		return this.repository.findUser(jobNumber).map((user) -> user.account().mustChangePassword()).orElse(false);
	}

	/** Whether the account is locked out now. */
	public boolean isLocked(UserAccount user) {
		return user.lockedAt(this.clock.instant());
	}

	/** Ends a lock-out early and forgets earlier failed logins. */
	@Transactional
	public void unlock(String jobNumber, String actor) {
		UserAccount user = findUser(jobNumber).orElseThrow(() -> ApiException.notFound("user.notFound", jobNumber));
		this.repository.clearFailedLogins(jobNumber);
		this.audit.recordChange(actor, "ACCOUNT_UNLOCKED", jobNumber,
				java.util.Map.of("lockedUntil", String.valueOf(user.lockedUntil())), null);
	}

	/** The minimum password length in force, for forms. */
	public int minPasswordLength() {
		return this.policy.minLength();
	}

	// ---- lock-out

	/** Counts a failed login; locks the account when the limit is reached. */
	@Transactional
	public void recordFailedLogin(String jobNumber) {
		int failures = this.repository.countFailedLogin(jobNumber);
		if (failures >= this.lockout.maxFailures()) {
			Instant until = this.clock.instant().plus(this.lockout.duration());
			this.repository.lock(jobNumber, until);
			this.audit.recordChange(jobNumber, "ACCOUNT_LOCKED", jobNumber, null, Map.of("lockedUntil", until));
		}
	}

	/** Forgets earlier failed logins after a successful one. */
	@Transactional
	public void recordSuccessfulLogin(String jobNumber) {
		this.repository.clearFailedLogins(jobNumber);
	}

	/** Spring Security authorities (roles and permissions) of a user. */
	public List<GrantedAuthority> authoritiesOf(UserAccount user) {
		return AccountSecurityConfiguration.authorities(user.roles());
	}

	static String randomSecret(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
