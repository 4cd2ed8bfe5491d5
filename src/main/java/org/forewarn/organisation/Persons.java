package org.forewarn.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.forewarn.platform.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people, in table {@code person}. Phone numbers leave this class masked except
 * through {@link #contactNumber(UUID)}.
 */
@Repository
class Persons implements People {

	private static final String COLUMNS = "id, name, role, responsibility_type, responsible_for, region_code,"
			+ " department_code, phone";

	/**
	 * A search over the people; null fields do not filter. {@code scope} is the caller's
	 * region.
	 */
	record Search(String scope, String q, PersonRole role, ResponsibilityType responsibilityType, String regionCode) {
	}

	record Page(List<PersonSummary> content, long totalElements) {
	}

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	Persons(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		return jdbc
			.sql("select " + COLUMNS + " from person where responsible_for = :code order by responsibility_type, name")
			.param("code", objectOrAreaCode)
			.query(Persons::map)
			.list()
			.stream()
			.map(Person::summary)
			.toList();
	}

	Optional<Person> person(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = :id")
			.param("id", id)
			.query(Persons::map)
			.optional();
	}

	Page search(Search search, int page, int size) {
		SqlFilter where = new SqlFilter().within("scope", search.scope())
			.within("region", search.regionCode())
			.and("role = :role", "role", search.role())
			.and("responsibility_type = :type", "type", search.responsibilityType())
			.containing("name", "q", search.q());
		long total = jdbc.sql("select count(*) from person" + where).params(where.params()).query(Long.class).single();
		List<PersonSummary> content = jdbc
			.sql("select " + COLUMNS + " from person" + where + " order by name, id limit :limit offset :offset")
			.params(where.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Persons::map)
			.list()
			.stream()
			.map(Person::summary)
			.toList();
		return new Page(content, total);
	}

	/**
	 * How many people per role and per responsibility type lie in the region
	 * ({@code null}: the whole city).
	 */
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
			.param("phone", phone.value())
			.param("role", role.name())
			.query(Boolean.class)
			.single();
	}

	/** Inserts the person; false when the id or (phone, role) exists already. */
	boolean insert(Person person, List<String> regionPath, Instant now) {
		return jdbc.sql("""
				insert into person (id, name, role, responsibility_type, responsible_for, region_code, region_path,
				                    department_code, phone, created_at)
				values (:id, :name, :role, :type, :for, :region, :path, :department, :phone, :at)
				on conflict do nothing""")
			.param("id", person.id())
			.param("name", person.name())
			.param("role", person.role().name())
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

	// --- placing people, for targeting and escalation
	// -------------------------------------------------------------

	/**
	 * Columns of a located person; {@code place} is the ancestry (city first) of where
	 * their work lies.
	 */
	private static final String LOCATED = "p.id, p.name, p.role, p.responsibility_type, p.responsible_for, p.region_code,"
			+ " p.department_code, place[2] as district_code, place[3] as street_code ";

	@Override
	public List<LocatedPerson> within(Collection<String> regionCodes, Set<PersonRole> roles,
			Set<ResponsibilityType> duties) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		Set<ResponsibilityType> wanted = duties.isEmpty() && roles.contains(PersonRole.RESPONSIBLE_PERSON)
				? Set.of(ResponsibilityType.values()) : duties;
		String[] objectDuties = wanted.stream()
			.filter(d -> !d.name().startsWith("AREA_"))
			.map(Enum::name)
			.toArray(String[]::new);
		String[] areaDuties = wanted.stream()
			.filter(d -> d.name().startsWith("AREA_"))
			.map(Enum::name)
			.toArray(String[]::new);
		String[] otherRoles = roles.stream()
			.filter(r -> r != PersonRole.RESPONSIBLE_PERSON)
			.map(Enum::name)
			.toArray(String[]::new);
		// Two arms so that each can use its GIN index: object duties are placed where the
		// object is; area duties
		// and other roles where the person's own area is.
		return jdbc
			.sql("select " + LOCATED
					+ """
							from (select p.*, o.region_path as place
							        from managed_object o join person p on p.responsible_for = o.code
							       where o.region_path && cast(:regions as text[])
							         and p.role = 'RESPONSIBLE_PERSON' and p.responsibility_type = any(cast(:objectDuties as text[]))
							      union all
							      select p.*, p.region_path as place
							        from person p
							       where p.region_path && cast(:regions as text[])
							         and ((p.role = 'RESPONSIBLE_PERSON' and p.responsibility_type = any(cast(:areaDuties as text[])))
							              or p.role = any(cast(:roles as text[])))) p""")
			.param("regions", regionCodes.toArray(String[]::new))
			.param("objectDuties", objectDuties)
			.param("areaDuties", areaDuties)
			.param("roles", otherRoles)
			.query(Persons::located)
			.list();
	}

	@Override
	public List<LocatedPerson> locate(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + LOCATED + """
				 from (select p.*, coalesce(o.region_path, p.region_path) as place
				         from person p left join managed_object o on o.code = p.responsible_for
				        where p.id = any(cast(:ids as uuid[]))) p
				order by p.id""").param("ids", ids.toArray(UUID[]::new)).query(Persons::located).list();
	}

	@Override
	public List<LocatedPerson> ofDepartments(Collection<String> departmentCodes) {
		if (departmentCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + LOCATED + """
				 from (select p.*, p.region_path as place from person p
				        where p.department_code = any(cast(:departments as text[]))
				          and p.role in ('HANDLER', 'DUTY_OFFICER')) p
				order by p.id""")
			.param("departments", departmentCodes.toArray(String[]::new))
			.query(Persons::located)
			.list();
	}

	@Override
	public Map<UUID, String> contactNumbers(Collection<UUID> ids) {
		Map<UUID, String> numbers = new HashMap<>();
		if (ids.isEmpty()) {
			return numbers;
		}
		jdbc.sql("select id, phone from person where id = any(cast(:ids as uuid[]))")
			.param("ids", ids.toArray(UUID[]::new))
			.query(rs -> {
				numbers.put(rs.getObject("id", UUID.class), rs.getString("phone"));
			});
		return numbers;
	}

	@Override
	public Map<UUID, List<PersonSummary>> superiorsOf(Collection<UUID> ids) {
		Map<UUID, List<PersonSummary>> superiors = new HashMap<>();
		if (ids.isEmpty()) {
			return superiors;
		}
		UUID[] wanted = ids.toArray(UUID[]::new);
		// technical and patrol persons answer to the administrative person of the same
		// object, or of an area above
		jdbc.sql("""
				select p.id as subordinate, a.id, a.name, a.role, a.responsibility_type, a.responsible_for,
				       a.region_code, a.department_code, a.phone
				  from person p
				  join person a on a.role = 'RESPONSIBLE_PERSON' and a.id <> p.id
				   and a.responsibility_type = split_part(p.responsibility_type, '_', 1) || '_ADMINISTRATIVE'
				   and (a.responsible_for = p.responsible_for
				        or (p.responsibility_type like 'AREA\\_%' and a.responsible_for = any(p.region_path)))
				 where p.id = any(cast(:ids as uuid[]))
				   and p.role = 'RESPONSIBLE_PERSON' and p.responsibility_type not like '%ADMINISTRATIVE'
				 order by a.id""").param("ids", wanted).query(rs -> {
			superiors.computeIfAbsent(rs.getObject("subordinate", UUID.class), k -> new ArrayList<>())
				.add(map(rs, 0).summary());
		});
		// everyone else: the duty officers of the nearest area above (street, then
		// district, then city)
		Map<UUID, String[]> paths = new HashMap<>();
		jdbc.sql("select id, region_path from person where id = any(cast(:ids as uuid[]))")
			.param("ids", wanted)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				if (!superiors.containsKey(id)) {
					paths.put(id, (String[]) rs.getArray("region_path").getArray());
				}
			});
		if (paths.isEmpty()) {
			return superiors;
		}
		Set<String> areas = new HashSet<>();
		paths.values().forEach(path -> areas.addAll(List.of(path)));
		Map<String, List<Person>> dutyOfficers = new HashMap<>();
		jdbc.sql("select " + COLUMNS
				+ " from person where role = 'DUTY_OFFICER' and region_code = any(cast(:areas as text[]))"
				+ " order by name, id")
			.param("areas", areas.toArray(String[]::new))
			.query(Persons::map)
			.list()
			.forEach(
					officer -> dutyOfficers.computeIfAbsent(officer.regionCode(), k -> new ArrayList<>()).add(officer));
		// the duty officers on shift now at the city or district command centre of an
		// area come first (duty rosters)
		Map<String, List<Person>> onShift = new HashMap<>();
		jdbc.sql("select c.region_code as centre_region, " + COLUMNS.replaceAll("(\\w+)", "p.$1") + """
				 from duty_shift s join command_centre c on c.code = s.centre_code join person p on p.id = s.person_id
				where c.tier in ('CITY', 'DISTRICT') and c.region_code = any(cast(:areas as text[]))
				  and s.position = 'OFFICER' and s.starts_at <= :now and s.ends_at > :now
				order by p.name, p.id""")
			.param("areas", areas.toArray(String[]::new))
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> {
				onShift.computeIfAbsent(rs.getString("centre_region"), k -> new ArrayList<>()).add(map(rs, n));
				return null;
			})
			.list();
		paths.forEach((id, path) -> {
			for (int level = Math.min(path.length, 3) - 1; level >= 0; level--) { // street,
																					// district,
																					// city
				List<PersonSummary> officers = onShift.getOrDefault(path[level], List.of())
					.stream()
					.filter(officer -> !officer.id().equals(id))
					.map(Person::summary)
					.toList();
				if (officers.isEmpty()) {
					officers = dutyOfficers.getOrDefault(path[level], List.of())
						.stream()
						.filter(officer -> !officer.id().equals(id))
						.map(Person::summary)
						.toList();
				}
				if (!officers.isEmpty()) {
					superiors.put(id, officers);
					return;
				}
			}
		});
		return superiors;
	}

	private static LocatedPerson located(ResultSet rs, int row) throws SQLException {
		String type = rs.getString("responsibility_type");
		return new LocatedPerson(rs.getObject("id", UUID.class), rs.getString("name"),
				PersonRole.valueOf(rs.getString("role")), type == null ? null : ResponsibilityType.valueOf(type),
				rs.getString("responsible_for"), rs.getString("region_code"), rs.getString("district_code"),
				rs.getString("street_code"), rs.getString("department_code"));
	}

	private static Person map(ResultSet rs, int row) throws SQLException {
		String type = rs.getString("responsibility_type");
		return new Person(rs.getObject("id", UUID.class), rs.getString("name"),
				PersonRole.valueOf(rs.getString("role")), type == null ? null : ResponsibilityType.valueOf(type),
				rs.getString("responsible_for"), rs.getString("region_code"), rs.getString("department_code"),
				new MobileNumber(rs.getString("phone")));
	}

}
