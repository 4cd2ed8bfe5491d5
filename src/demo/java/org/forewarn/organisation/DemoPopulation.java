package org.forewarn.organisation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.forewarn.region.RegionSummary;

/**
 * The demo data set's people, at the scale of the Shenzhen documents: 45,000 三防
 * responsible persons (three for each reservoir and river, the rest for communities and
 * grids), 1,241 disaster information officers, 2,286 forest-fire personnel, plus duty
 * officers for every command centre, handlers for every department, a grid worker per
 * grid and inspectors per street; and the persons behind the demo accounts, with fixed
 * ids. Pure and deterministic: the same seed and map give the same people with the same
 * ids and phone numbers.
 */
final class DemoPopulation {

	static final long SEED = 20_260_401L;

	static final int RESPONSIBLE_PERSONS = 45_000;
	static final int DISASTER_INFORMATION_OFFICERS = 1_241;
	static final int FOREST_FIRE_PERSONNEL = 2_286;

	/**
	 * The areas the people are spread over, each list ordered by code, and the grid of
	 * the {@code grid.futian} demo account (Futian's first grid).
	 */
	record Areas(RegionSummary city, List<RegionSummary> districts, List<RegionSummary> streets,
			List<RegionSummary> communities, List<RegionSummary> grids, String futianGrid) {
	}

	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139",
			"150", "151", "152", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183",
			"185", "186", "187", "188", "189", "191", "198", "199" };

	private final Random random;

	private final ChineseNames names;

	private final Set<String> phones = new HashSet<>();

	private final List<Person> people = new ArrayList<>();

	DemoPopulation(long seed) {
		this.random = new Random(seed);
		this.names = new ChineseNames(random);
	}

	/**
	 * The fixed id of the person behind a demo account (identity binds the account to
	 * it).
	 */
	static UUID accountPersonId(String username) {
		return UUID.nameUUIDFromBytes(("person:" + username).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The demo reservoir whose administrative responsible person has the
	 * {@code reservoir.person} account.
	 */
	static final String DEMO_RESERVOIR = "深圳水库";

	List<Person> generate(Areas map, OrganisationChart chart, List<ManagedObject> objects) {
		String city = map.city().code();
		String futianGrid = map.futianGrid();
		ManagedObject demoReservoir = objects.stream()
			.filter(o -> o.name().equals(DEMO_RESERVOIR))
			.findFirst()
			.orElseThrow();

		account("admin", "系统管理员", PersonRole.ADMINISTRATOR, null, null, city, null);
		account("duty.city", "市值班员", PersonRole.DUTY_OFFICER, null, null, city, city + "-YJ");
		account("duty.futian", "福田区值班员", PersonRole.DUTY_OFFICER, null, null, "440304", null);
		account("duty.nanshan", "南山区值班员", PersonRole.DUTY_OFFICER, null, null, "440305", null);
		account("handler.housing", "市住房建设局经办人", PersonRole.HANDLER, null, null, city, city + "-ZJ");
		account("grid.futian", "福田区网格员", PersonRole.GRID_WORKER, null, null, futianGrid, null);
		account("handler.gas.futian", "福田区燃气办经办人", PersonRole.HANDLER, null, null, "440304", "440304-RQ");
		account("street.fubao", "福保街道值班员", PersonRole.DUTY_OFFICER, null, null, "440304010", null);
		account("reservoir.person", "深圳水库行政责任人", PersonRole.RESPONSIBLE_PERSON,
				ResponsibilityType.RESERVOIR_ADMINISTRATIVE, demoReservoir.code(), "440303", null);

		int responsible = 1; // reservoir.person
		for (ManagedObject object : objects) {
			ResponsibilityType[] duties = ResponsibilityType.of(object.type());
			for (ResponsibilityType duty : duties) {
				if (object == demoReservoir && duty == ResponsibilityType.RESERVOIR_ADMINISTRATIVE) {
					continue;
				}
				String region = duty.name().endsWith("PATROL") && object.communityCode() != null
						? object.communityCode() : object.streetCode();
				String department = duty.name().endsWith("TECHNICAL") ? object.districtCode() + "-SW" : null;
				add("responsible", PersonRole.RESPONSIBLE_PERSON, duty, object.code(), region, department);
				responsible++;
			}
		}
		// Area responsible persons: each community gets an administrative, a technical
		// and a patrol person in turn;
		// patrol persons sit in the community's grids when it has any.
		Map<String, List<RegionSummary>> gridsByCommunity = new LinkedHashMap<>();
		map.grids().forEach(g -> gridsByCommunity.computeIfAbsent(g.parentCode(), k -> new ArrayList<>()).add(g));
		ResponsibilityType[] areaDuties = { ResponsibilityType.AREA_ADMINISTRATIVE, ResponsibilityType.AREA_TECHNICAL,
				ResponsibilityType.AREA_PATROL };
		List<RegionSummary> communities = map.communities();
		for (int i = 0; responsible < RESPONSIBLE_PERSONS; i++, responsible++) {
			RegionSummary community = communities.get((i / 3) % communities.size());
			ResponsibilityType duty = areaDuties[i % 3];
			String region = community.code();
			List<RegionSummary> grids = gridsByCommunity.get(community.code());
			if (duty == ResponsibilityType.AREA_PATROL && grids != null) {
				region = grids.get((i / 3 / communities.size()) % grids.size()).code();
			}
			add("responsible", PersonRole.RESPONSIBLE_PERSON, duty, region, region, null);
		}
		for (int i = 0; i < DISASTER_INFORMATION_OFFICERS; i++) {
			add("information", PersonRole.DISASTER_INFORMATION_OFFICER, null, null,
					communities.get(i % communities.size()).code(), null);
		}
		Set<String> departments = new HashSet<>();
		chart.departments.forEach(d -> departments.add(d.code()));
		for (int i = 0; i < FOREST_FIRE_PERSONNEL; i++) {
			RegionSummary street = map.streets().get(i % map.streets().size());
			String department = street.parentCode() + "-CG";
			add("forest", PersonRole.FOREST_FIRE_PERSONNEL, null, null, street.code(),
					departments.contains(department) ? department : null);
		}
		for (OrganisationChart.CommandCentre centre : chart.commandCentres) {
			int count = switch (centre.tier()) {
				case CITY -> 12;
				case DISTRICT -> 6;
				case INDUSTRY -> 4;
			};
			for (int i = 0; i < count; i++) {
				add("duty", PersonRole.DUTY_OFFICER, null, null, centre.regionCode(), centre.departmentCode());
			}
		}
		for (OrganisationChart.Department department : chart.departments) {
			for (int i = 0; i < 2; i++) {
				add("handler", PersonRole.HANDLER, null, null, department.regionCode(), department.code());
			}
		}
		for (RegionSummary grid : map.grids()) {
			add("grid", PersonRole.GRID_WORKER, null, null, grid.code(), null);
		}
		String[] inspectorUnits = { "YJ", "CG", "ZJ", "SJ" };
		for (RegionSummary street : map.streets()) {
			for (String unit : inspectorUnits) {
				String department = street.parentCode() + "-" + unit;
				add("inspector", PersonRole.INSPECTOR, null, null, street.code(),
						departments.contains(department) ? department : null);
			}
		}
		// last, so that the phone numbers drawn above stay as they were
		account("enterprise.demo", "示范企业安全员", PersonRole.ENTERPRISE_CONTACT, null, null, "440304", null);
		account("inspector.futian", "福田区应急局执法员", PersonRole.INSPECTOR, null, null, "440304", "440304-YJ");
		account("inspector.nanshan", "南山区应急局执法员", PersonRole.INSPECTOR, null, null, "440305", "440305-YJ");
		return List.copyOf(people);
	}

	private void account(String username, String name, PersonRole role, ResponsibilityType type, String responsibleFor,
			String region, String department) {
		people.add(new Person(accountPersonId(username), name, role, type, responsibleFor, region, department,
				nextPhone()));
	}

	private void add(String kind, PersonRole role, ResponsibilityType type, String responsibleFor, String region,
			String department) {
		UUID id = UUID
			.nameUUIDFromBytes(("person:demo:" + kind + ":" + people.size()).getBytes(StandardCharsets.UTF_8));
		people.add(new Person(id, names.next(), role, type, responsibleFor, region, department, nextPhone()));
	}

	/** An 11-digit mobile number not handed out before, so (phone, role) stays unique. */
	MobileNumber nextPhone() {
		while (true) {
			String number = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
					+ "%08d".formatted(random.nextInt(100_000_000));
			if (phones.add(number)) {
				return new MobileNumber(number);
			}
		}
	}

}
