package org.forewarn.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forewarn.region.RegionSummary;

/**
 * The standing organisation of a city, derived from its district-level areas: the member
 * units at city and district level, the four committees at each level with their member
 * units, and the 1+11+N command centres. Pure and deterministic: the same areas give the
 * same chart, so inserting it is idempotent. Codes follow ADR 0004.
 */
final class OrganisationChart {

	/**
	 * One kind of department: its code abbreviation, its city and district name patterns
	 * ({@code %s} is the short area name; a {@code null} district pattern means city
	 * level only).
	 */
	record Unit(String abbreviation, String cityName, String districtName, DepartmentKind kind) {
	}

	record Department(String code, String abbreviation, String name, DepartmentLevel level, String regionCode,
			DepartmentKind kind, String parentCode) {
	}

	enum CommitteeKind {

		SAFETY("安全生产委员会"), DISASTER_REDUCTION("减灾委员会"), FLOOD_DROUGHT_WIND("防汛防旱防风指挥部"), FOREST_FIRE("森林防灭火指挥部");

		final String title;

		CommitteeKind(String title) {
			this.title = title;
		}

	}

	record Member(String departmentCode, String position) {
	}

	record Committee(String code, CommitteeKind kind, String name, DepartmentLevel level, String regionCode,
			String officeDepartmentCode, List<Member> members) {
	}

	enum CentreTier {

		CITY, DISTRICT, INDUSTRY

	}

	record CommandCentre(String code, String name, CentreTier tier, String sector, String regionCode,
			String departmentCode) {
	}

	/**
	 * Emergency management: every committee's office and every command centre's owner.
	 */
	static final String EMERGENCY = "YJ";

	static final List<Unit> UNITS = List.of(new Unit(EMERGENCY, "应急管理局", "%s应急管理局", DepartmentKind.COMMAND),
			new Unit("GA", "公安局", "公安局%s分局", DepartmentKind.SECTOR),
			new Unit("WJ", "卫生健康委员会", "%s卫生健康局", DepartmentKind.SECTOR),
			new Unit("ZJ", "住房和建设局", "%s住房和建设局", DepartmentKind.SECTOR),
			new Unit("JT", "交通运输局", "交通运输局%s管理局", DepartmentKind.SECTOR),
			new Unit("SW", "水务局", "%s水务局", DepartmentKind.MONITORING),
			new Unit("CG", "城市管理和综合执法局", "%s城市管理和综合执法局", DepartmentKind.SECTOR),
			new Unit("RQ", "燃气安全监管办公室", "%s燃气安全监管办公室", DepartmentKind.SECTOR),
			new Unit("XF", "消防救援支队", "%s消防救援大队", DepartmentKind.RESCUE),
			new Unit("QX", "气象局", null, DepartmentKind.MONITORING),
			new Unit("JY", "教育局", "%s教育局", DepartmentKind.SECTOR),
			new Unit("GZ", "规划和自然资源局", "规划和自然资源局%s管理局", DepartmentKind.MONITORING),
			new Unit("SJ", "市场监督管理局", "市场监督管理局%s监管局", DepartmentKind.SECTOR),
			new Unit("HJ", "生态环境局", "生态环境局%s管理局", DepartmentKind.SECTOR),
			new Unit("GX", "工业和信息化局", "%s工业和信息化局", DepartmentKind.SECTOR),
			new Unit("MZ", "民政局", "%s民政局", DepartmentKind.SUPPORT),
			new Unit("SHW", "商务局", "%s商务局", DepartmentKind.SUPPORT),
			new Unit("WT", "文化广电旅游体育局", "%s文化广电旅游体育局", DepartmentKind.SECTOR),
			new Unit("FG", "发展和改革委员会", "%s发展和改革局", DepartmentKind.SUPPORT),
			new Unit("CZ", "财政局", "%s财政局", DepartmentKind.SUPPORT),
			new Unit("TX", "通信管理局", null, DepartmentKind.SUPPORT), new Unit("DL", "供电局", null, DepartmentKind.SUPPORT));

	/**
	 * Member units of each committee (the emergency bureau hosts every committee's
	 * office).
	 */
	static final Map<CommitteeKind, List<String>> MEMBERS = Map.of(CommitteeKind.SAFETY, List.of("GA", "WJ", "ZJ", "JT",
			"SW", "CG", "RQ", "XF", "JY", "GZ", "SJ", "HJ", "GX", "MZ", "SHW", "WT", "FG", "CZ", "TX", "DL"),
			CommitteeKind.DISASTER_REDUCTION,
			List.of("MZ", "FG", "CZ", "GZ", "SW", "QX", "WJ", "ZJ", "JT", "JY", "GA", "XF", "CG", "GX", "SHW", "TX",
					"DL", "HJ"),
			CommitteeKind.FLOOD_DROUGHT_WIND,
			List.of("SW", "QX", "GZ", "ZJ", "JT", "CG", "GA", "XF", "WJ", "JY", "MZ", "GX", "TX", "DL", "FG", "CZ",
					"WT", "SHW", "RQ"),
			CommitteeKind.FOREST_FIRE,
			List.of("CG", "GA", "XF", "QX", "GZ", "JT", "WJ", "MZ", "WT", "TX", "DL", "CZ", "HJ"));

	/**
	 * The N of 1+11+N: industry sub-centres, each run by its sector's city department.
	 */
	static final List<String[]> INDUSTRIES = List.of(new String[] { "GAS", "燃气", "RQ" },
			new String[] { "HAZARDOUS_CHEMICALS", "危险化学品", EMERGENCY }, new String[] { "CONSTRUCTION", "建设工程", "ZJ" },
			new String[] { "TRANSPORT", "交通运输", "JT" }, new String[] { "WATER", "水务", "SW" },
			new String[] { "FOREST_FIRE", "森林防火", "CG" });

	final List<Department> departments = new ArrayList<>();

	final List<Committee> committees = new ArrayList<>();

	final List<CommandCentre> commandCentres = new ArrayList<>();

	OrganisationChart(RegionSummary city, List<RegionSummary> districts) {
		Map<String, Department> cityUnits = new LinkedHashMap<>();
		for (Unit unit : UNITS) {
			Department department = new Department(code(city.code(), unit.abbreviation()), unit.abbreviation(),
					city.name() + unit.cityName(), DepartmentLevel.CITY, city.code(), unit.kind(), null);
			cityUnits.put(unit.abbreviation(), department);
			departments.add(department);
		}
		addCommittees(city, DepartmentLevel.CITY, cityUnits);
		commandCentres.add(new CommandCentre("CC-" + city.code(), city.name() + "应急管理监测预警指挥中心", CentreTier.CITY, null,
				city.code(), code(city.code(), EMERGENCY)));
		for (RegionSummary district : districts) {
			Map<String, Department> units = new LinkedHashMap<>();
			for (Unit unit : UNITS) {
				if (unit.districtName() == null) {
					continue;
				}
				String name = unit.districtName().startsWith("%s") ? unit.districtName().formatted(district.name())
						: city.name() + unit.districtName().formatted(shortName(district.name()));
				Department department = new Department(code(district.code(), unit.abbreviation()), unit.abbreviation(),
						name, DepartmentLevel.DISTRICT, district.code(), unit.kind(),
						cityUnits.get(unit.abbreviation()).code());
				units.put(unit.abbreviation(), department);
				departments.add(department);
			}
			addCommittees(district, DepartmentLevel.DISTRICT, units);
			commandCentres.add(new CommandCentre("CC-" + district.code(), district.name() + "应急管理监测预警指挥分中心",
					CentreTier.DISTRICT, null, district.code(), code(district.code(), EMERGENCY)));
		}
		for (String[] industry : INDUSTRIES) {
			commandCentres.add(new CommandCentre("CC-" + city.code() + "-" + industry[0],
					city.name() + industry[1] + "行业监测预警指挥分中心", CentreTier.INDUSTRY, industry[0], city.code(),
					code(city.code(), industry[2])));
		}
	}

	private void addCommittees(RegionSummary region, DepartmentLevel level, Map<String, Department> units) {
		for (CommitteeKind kind : CommitteeKind.values()) {
			String office = units.get(EMERGENCY).code();
			List<Member> members = new ArrayList<>();
			members.add(new Member(office, "OFFICE"));
			MEMBERS.get(kind)
				.stream()
				.filter(units::containsKey)
				.forEach(abbreviation -> members.add(new Member(units.get(abbreviation).code(), "MEMBER")));
			committees.add(new Committee(region.code() + "-" + kind.name(), kind, region.name() + kind.title, level,
					region.code(), office, List.copyOf(members)));
		}
	}

	static String code(String regionCode, String abbreviation) {
		return regionCode + "-" + abbreviation;
	}

	/** 福田区 → 福田, 大鹏新区 → 大鹏, 深汕特别合作区 → 深汕: the form used inside names like 公安局福田分局. */
	static String shortName(String areaName) {
		for (String suffix : List.of("特别合作区", "新区", "区", "县")) {
			if (areaName.endsWith(suffix) && areaName.length() > suffix.length()) {
				return areaName.substring(0, areaName.length() - suffix.length());
			}
		}
		return areaName;
	}

}
