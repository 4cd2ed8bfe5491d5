package org.forewarn.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts, in table {@code app_user}. */
@Repository
class Users implements Accounts {

	private static final String COLUMNS = "id, username, password_hash, display_name, person_id, region_code,"
			+ " department_code, roles, enabled, failed_logins, locked_until, enterprise_uscc";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<User> byUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = :u")
			.param("u", username)
			.query(Users::map)
			.optional();
	}

	@Override
	public Optional<UUID> personOf(UUID userId) {
		return jdbc.sql("select person_id from app_user where id = :id and person_id is not null")
			.param("id", userId)
			.query(UUID.class)
			.optional();
	}

	@Override
	public java.util.Map<String, List<UUID>> personsActingFor(java.util.Collection<String> enterpriseUsccs) {
		java.util.Map<String, List<UUID>> persons = new java.util.TreeMap<>();
		if (enterpriseUsccs.isEmpty()) {
			return persons;
		}
		jdbc.sql("""
				select enterprise_uscc, person_id from app_user
				where enterprise_uscc = any(:uscc) and enabled and person_id is not null order by username""")
			.param("uscc", enterpriseUsccs.toArray(String[]::new))
			.query((rs, n) -> persons.computeIfAbsent(rs.getString(1).strip(), k -> new java.util.ArrayList<>())
				.add(rs.getObject(2, UUID.class)))
			.list();
		return persons;
	}

	Optional<User> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
			.param("id", id)
			.query(Users::map)
			.optional();
	}

	List<User> all(int limit, int offset) {
		return jdbc.sql("select " + COLUMNS + " from app_user order by username limit :l offset :o")
			.param("l", limit)
			.param("o", offset)
			.query(Users::map)
			.list();
	}

	boolean anyWithRole(Role role) {
		return jdbc.sql("select exists(select 1 from app_user where :r = any(roles))")
			.param("r", role.name())
			.query(Boolean.class)
			.single();
	}

	/** Inserts the user unless the username exists; returns whether it was inserted. */
	boolean insert(User user, Instant now) {
		return jdbc.sql("""
				insert into app_user (id, username, password_hash, display_name, person_id, region_code,
				                      department_code, roles, enabled, created_at, enterprise_uscc)
				values (:id, :username, :hash, :display, :person, :region, :dept, :roles, :enabled, :now, :uscc)
				on conflict (username) do nothing""")
			.param("id", user.id())
			.param("username", user.username())
			.param("hash", user.passwordHash())
			.param("display", user.displayName())
			.param("person", user.personId())
			.param("region", user.jurisdiction().regionCode())
			.param("dept", user.jurisdiction().departmentCode())
			.param("roles", user.roles().stream().map(Role::name).sorted().toArray(String[]::new))
			.param("enabled", user.enabled())
			.param("now", Timestamp.from(now))
			.param("uscc", user.enterpriseUscc())
			.update() == 1;
	}

	void changePassword(UUID id, String passwordHash) {
		jdbc.sql("update app_user set password_hash = :h, version = version + 1 where id = :id")
			.param("h", passwordHash)
			.param("id", id)
			.update();
	}

	/** Switches the account on or off; returns whether it exists. */
	boolean enable(String username, boolean enabled) {
		return jdbc.sql("update app_user set enabled = :e, version = version + 1 where username = :u")
			.param("e", enabled)
			.param("u", username)
			.update() == 1;
	}

	/**
	 * Clears the failure count and lock that earlier versions kept in the row (login
	 * throttling is in memory now).
	 */
	boolean unlock(String username) {
		return jdbc.sql(
				"update app_user set failed_logins = 0, locked_until = null, version = version + 1 where username = :u")
			.param("u", username)
			.update() == 1;
	}

	static User map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new User(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), rs.getObject("person_id", UUID.class),
				new Jurisdiction(rs.getString("region_code"), rs.getString("department_code")),
				roles(rs.getArray("roles")), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
				locked == null ? null : locked.toInstant(), trimmed(rs.getString("enterprise_uscc")));
	}

	private static String trimmed(String text) {
		return text == null ? null : text.strip();
	}

	private static Set<Role> roles(Array array) throws SQLException {
		String[] names = (String[]) array.getArray();
		return names.length == 0 ? EnumSet.noneOf(Role.class)
				: Arrays.stream(names)
					.map(Role::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}
