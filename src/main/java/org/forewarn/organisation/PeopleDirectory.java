package org.forewarn.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people, in table {@code person}. Phone numbers leave this class masked except through
 * {@link #contactNumber(UUID)}.
 */
@Repository
class PeopleDirectory implements People {

	private static final String COLUMNS = "id, name, role, responsibility_type, responsible_for, region_code,"
			+ " department_code, phone";

	/** A search over the people; null fields do not filter. {@code scope} is the caller's region. */
	record Search(String scope, String q, PersonRole role, ResponsibilityType responsibilityType, String regionCode) {
	}

	record Page(List<PersonSummary> content, long totalElements) {
	}

	private final JdbcClient jdbc;

	PeopleDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<PersonSummary> find(UUID id) {
		return person(id).map(Person::summary);
	}

	@Override
	public Optional<String> contactNumber(UUID id) {
		return person(id).map(person -> person.phone().value());
	}

	@Override
	public List<PersonSummary> responsibleFor(String objectOrAreaCode) {
		return jdbc.sql("select " + COLUMNS + " from person where responsible_for = :code order by responsibility_type, name")
			.param("code", objectOrAreaCode).query(PeopleDirectory::map).list().stream().map(Person::summary).toList();
	}

	Optional<Person> person(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = :id").param("id", id)
			.query(PeopleDirectory::map).optional();
	}

	Page search(Search search, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (search.scope() != null) {
			where.append(" and :scope = any(region_path)");
			params.put("scope", search.scope());
		}
		if (search.regionCode() != null) {
			where.append(" and :region = any(region_path)");
			params.put("region", search.regionCode());
		}
		if (search.role() != null) {
			where.append(" and role = :role");
			params.put("role", search.role().name());
		}
		if (search.responsibilityType() != null) {
			where.append(" and responsibility_type = :type");
			params.put("type", search.responsibilityType().name());
		}
		if (search.q() != null && !search.q().isBlank()) {
			where.append(" and name like :q escape '\\'");
			params.put("q", "%" + search.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = jdbc.sql("select count(*) from person" + where).params(params).query(Long.class).single();
		List<PersonSummary> content = jdbc
			.sql("select " + COLUMNS + " from person" + where + " order by name, id limit :limit offset :offset")
			.params(params).param("limit", size).param("offset", (long) page * size)
			.query(PeopleDirectory::map).list().stream().map(Person::summary).toList();
		return new Page(content, total);
	}

	/** How many people per role and per responsibility type lie in the region ({@code null}: the whole city). */
	record Counts(Map<PersonRole, Long> byRole, Map<ResponsibilityType, Long> byResponsibility) {
	}

	Counts counts(String scope) {
		Map<PersonRole, Long> byRole = new EnumMap<>(PersonRole.class);
		Map<ResponsibilityType, Long> byResponsibility = new EnumMap<>(ResponsibilityType.class);
		jdbc.sql("select role, responsibility_type, count(*) as n from person"
				+ (scope == null ? "" : " where :scope = any(region_path)") + " group by role, responsibility_type")
			.params(scope == null ? Map.of() : Map.of("scope", scope))
			.query(rs -> {
				long n = rs.getLong("n");
				byRole.merge(PersonRole.valueOf(rs.getString("role")), n, Long::sum);
				String type = rs.getString("responsibility_type");
				if (type != null) {
					byResponsibility.merge(ResponsibilityType.valueOf(type), n, Long::sum);
				}
			});
		return new Counts(byRole, byResponsibility);
	}

	boolean phoneTaken(MobileNumber phone, PersonRole role) {
		return jdbc.sql("select exists(select 1 from person where phone = :phone and role = :role)")
			.param("phone", phone.value()).param("role", role.name()).query(Boolean.class).single();
	}

	/** Inserts the person; false when the id or (phone, role) exists already. */
	boolean insert(Person person, List<String> regionPath, Instant now) {
		return jdbc.sql("""
				insert into person (id, name, role, responsibility_type, responsible_for, region_code, region_path,
				                    department_code, phone, created_at)
				values (:id, :name, :role, :type, :for, :region, :path, :department, :phone, :at)
				on conflict do nothing""")
			.param("id", person.id()).param("name", person.name()).param("role", person.role().name())
			.param("type", person.responsibilityType() == null ? null : person.responsibilityType().name(),
					java.sql.Types.VARCHAR)
			.param("for", person.responsibleFor(), java.sql.Types.VARCHAR)
			.param("region", person.regionCode())
			.param("path", regionPath.toArray(String[]::new))
			.param("department", person.departmentCode(), java.sql.Types.VARCHAR)
			.param("phone", person.phone().value())
			.param("at", Timestamp.from(now))
			.update() == 1;
	}

	private static Person map(ResultSet rs, int row) throws SQLException {
		String type = rs.getString("responsibility_type");
		return new Person(rs.getObject("id", UUID.class), rs.getString("name"), PersonRole.valueOf(rs.getString("role")),
				type == null ? null : ResponsibilityType.valueOf(type), rs.getString("responsible_for"),
				rs.getString("region_code"), rs.getString("department_code"), new MobileNumber(rs.getString("phone")));
	}
}
