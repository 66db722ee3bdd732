package org.switchboard.server.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users, departments, roles and API tokens in SQL (portable between H2 and PostgreSQL).
 */
@Repository
class AccountRepository {

	private static final String USER_COLUMNS = """
			u.id, u.job_number, u.display_name, d.code as department_code, u.enabled,
			u.must_change_password, u.locked_until, u.password_hash
			from app_user u left join department d on d.id = u.department_id""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	Optional<StoredUser> findUser(String jobNumber) {
		return this.jdbc.sql("select " + USER_COLUMNS + " where u.job_number = ?")
			.param(jobNumber)
			.query(this::storedUser)
			.optional();
	}

	List<UserAccount> listUsers() {
		return this.jdbc.sql("select " + USER_COLUMNS + " order by u.job_number")
			.query(this::storedUser)
			.list()
			.stream()
			.map(StoredUser::account)
			.toList();
	}

	int countUsersWithRole(Role role) {
		return this.jdbc.sql("select count(*) from user_role where role = ?")
			.param(role.name())
			.query(Integer.class)
			.single();
	}

	int countEnabledUsersWithRole(Role role) {
		return this.jdbc.sql("""
				select count(*) from user_role r join app_user u on u.id = r.user_id
				where r.role = ? and u.enabled = true""").param(role.name()).query(Integer.class).single();
	}

	void insertUser(String id, UserSpec spec, String departmentId, String passwordHash, boolean mustChange,
			Instant now) {
		this.jdbc.sql("""
				insert into app_user (id, job_number, display_name, department_id, password_hash, enabled,
				must_change_password, failed_logins, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(id, spec.jobNumber(), spec.displayName(), departmentId, passwordHash, spec.enabled(), mustChange,
					utc(now), utc(now))
			.update();
		replaceRoles(id, spec.roles());
	}

	void updateUser(String id, UserSpec spec, String departmentId, Instant now) {
		this.jdbc
			.sql("update app_user set display_name = ?, department_id = ?, enabled = ?, updated_at = ? where id = ?")
			.params(spec.displayName(), departmentId, spec.enabled(), utc(now), id)
			.update();
		replaceRoles(id, spec.roles());
	}

	private void replaceRoles(String userId, Set<Role> roles) {
		this.jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
		for (Role role : roles) {
			this.jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
		}
	}

	void updatePassword(String id, String hash, boolean mustChange, Instant now) {
		this.jdbc.sql("update app_user set password_hash = ?, must_change_password = ?, updated_at = ? where id = ?")
			.params(hash, mustChange, utc(now), id)
			.update();
	}

	/**
	 * Counts one more failed login and returns the new count (0 if there is no such
	 * user).
	 */
	int countFailedLogin(String jobNumber) {
		this.jdbc.sql("update app_user set failed_logins = failed_logins + 1 where job_number = ?")
			.param(jobNumber)
			.update();
		return this.jdbc.sql("select failed_logins from app_user where job_number = ?")
			.param(jobNumber)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	void lock(String jobNumber, Instant until) {
		this.jdbc.sql("update app_user set failed_logins = 0, locked_until = ? where job_number = ?")
			.params(utc(until), jobNumber)
			.update();
	}

	void clearFailedLogins(String jobNumber) {
		this.jdbc.sql("update app_user set failed_logins = 0, locked_until = null where job_number = ?")
			.param(jobNumber)
			.update();
	}

	Optional<Department> findDepartment(String code) {
		return this.jdbc.sql("""
				select d.id, d.code, d.name, p.code as parent_code
				from department d left join department p on p.id = d.parent_id where d.code = ?""")
			.param(code)
			.query(this::department)
			.optional();
	}

	List<Department> listDepartments() {
		return this.jdbc.sql("""
				select d.id, d.code, d.name, p.code as parent_code
				from department d left join department p on p.id = d.parent_id order by d.code""")
			.query(this::department)
			.list();
	}

	void insertDepartment(String id, DepartmentSpec spec, String parentId, Instant now) {
		this.jdbc.sql("insert into department (id, code, name, parent_id, created_at) values (?, ?, ?, ?, ?)")
			.params(id, spec.code(), spec.name(), parentId, utc(now))
			.update();
	}

	void updateDepartment(String id, DepartmentSpec spec, String parentId) {
		this.jdbc.sql("update department set name = ?, parent_id = ? where id = ?")
			.params(spec.name(), parentId, id)
			.update();
	}

	void insertToken(String id, String userId, String name, String tokenHash, Instant now) {
		this.jdbc.sql("insert into api_token (id, user_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
			.params(id, userId, name, tokenHash, utc(now))
			.update();
	}

	Optional<String> findTokenOwner(String tokenHash, Instant now) {
		Optional<String> owner = this.jdbc.sql("""
				select u.job_number from api_token t join app_user u on u.id = t.user_id where t.token_hash = ?""")
			.param(tokenHash)
			.query(String.class)
			.optional();
		owner.ifPresent((jobNumber) -> this.jdbc.sql("update api_token set last_used_at = ? where token_hash = ?")
			.params(utc(now), tokenHash)
			.update());
		return owner;
	}

	List<ApiToken> listTokens(String userId) {
		return this.jdbc
			.sql("select id, name, created_at, last_used_at from api_token where user_id = ? order by created_at")
			.param(userId)
			.query((rs, row) -> new ApiToken(rs.getString("id"), rs.getString("name"), instant(rs, "created_at"),
					instant(rs, "last_used_at")))
			.list();
	}

	boolean deleteToken(String userId, String tokenId) {
		return this.jdbc.sql("delete from api_token where user_id = ? and id = ?").params(userId, tokenId).update() > 0;
	}

	private Set<Role> roles(String userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.jdbc.sql("select role from user_role where user_id = ?")
			.param(userId)
			.query(String.class)
			.list()
			.forEach((role) -> roles.add(Role.valueOf(role)));
		return roles;
	}

	private StoredUser storedUser(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("id");
		UserAccount account = new UserAccount(id, rs.getString("job_number"), rs.getString("display_name"),
				rs.getString("department_code"), roles(id), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), instant(rs, "locked_until"));
		return new StoredUser(account, rs.getString("password_hash"));
	}

	private Department department(ResultSet rs, int row) throws SQLException {
		return new Department(rs.getString("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("parent_code"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/** A user together with the password hash, which never leaves this package. */
	record StoredUser(UserAccount account, String passwordHash) {
	}

}
