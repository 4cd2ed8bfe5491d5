package org.forewarn.organisation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationChartTests {

	static final RegionSummary CITY = new RegionSummary("440300", "深圳市", RegionLevel.CITY, null, false);

	static final List<RegionSummary> DISTRICTS = List.of(
			new RegionSummary("440303", "罗湖区", RegionLevel.DISTRICT, "440300", false),
			new RegionSummary("440304", "福田区", RegionLevel.DISTRICT, "440300", false),
			new RegionSummary("440305", "南山区", RegionLevel.DISTRICT, "440300", false),
			new RegionSummary("440399", "大鹏新区", RegionLevel.DISTRICT, "440300", true));

	final OrganisationChart chart = new OrganisationChart(CITY, DISTRICTS);

	@Test
	void keepsTheCodesTheIdentityDemoAccountsUse() {
		assertThat(chart.departments).anySatisfy(d -> {
			assertThat(d.code()).isEqualTo("440300-YJ");
			assertThat(d.name()).isEqualTo("深圳市应急管理局");
		});
		assertThat(chart.departments).anySatisfy(d -> {
			assertThat(d.code()).isEqualTo("440300-ZJ");
			assertThat(d.name()).isEqualTo("深圳市住房和建设局");
		});
	}

	@Test
	void namesDistrictUnitsTheWayShenzhenDoes() {
		Set<String> names = chart.departments.stream()
			.map(OrganisationChart.Department::name)
			.collect(Collectors.toSet());
		assertThat(names).contains("福田区应急管理局", "深圳市公安局福田分局", "深圳市公安局大鹏分局", "深圳市规划和自然资源局南山管理局", "大鹏新区消防救援大队");
		assertThat(names).hasSameSizeAs(chart.departments);
	}

	@Test
	void givesEveryDistrictUnitItsCityCounterpartAsParent() {
		assertThat(chart.departments).filteredOn(d -> d.level() == DepartmentLevel.DISTRICT)
			.allSatisfy(d -> assertThat(d.parentCode()).isEqualTo("440300-" + d.abbreviation()));
	}

	@Test
	void setsUpFourCommitteesPerLevelWithTheEmergencyBureauAsOffice() {
		assertThat(chart.committees).hasSize(4 * (1 + DISTRICTS.size()));
		OrganisationChart.Committee flood = chart.committees.stream()
			.filter(c -> c.code().equals("440304-FLOOD_DROUGHT_WIND"))
			.findFirst()
			.orElseThrow();
		assertThat(flood.name()).isEqualTo("福田区防汛防旱防风指挥部");
		assertThat(flood.officeDepartmentCode()).isEqualTo("440304-YJ");
		assertThat(flood.members()).extracting(OrganisationChart.Member::departmentCode)
			.contains("440304-SW", "440304-ZJ", "440304-GA")
			.allMatch(code -> code.startsWith("440304-"));
		OrganisationChart.Committee cityFlood = chart.committees.stream()
			.filter(c -> c.code().equals("440300-FLOOD_DROUGHT_WIND"))
			.findFirst()
			.orElseThrow();
		assertThat(cityFlood.members()).extracting(OrganisationChart.Member::departmentCode).contains("440300-QX");
	}

	@Test
	void buildsOnePlusElevenPlusNCommandCentresEachRunByADepartment() {
		Set<String> departments = chart.departments.stream()
			.map(OrganisationChart.Department::code)
			.collect(Collectors.toSet());
		assertThat(chart.commandCentres).filteredOn(c -> c.tier() == OrganisationChart.CentreTier.CITY).hasSize(1);
		assertThat(chart.commandCentres).filteredOn(c -> c.tier() == OrganisationChart.CentreTier.DISTRICT)
			.hasSize(DISTRICTS.size());
		assertThat(chart.commandCentres).filteredOn(c -> c.tier() == OrganisationChart.CentreTier.INDUSTRY)
			.hasSizeGreaterThanOrEqualTo(4)
			.extracting(OrganisationChart.CommandCentre::sector)
			.contains("GAS", "HAZARDOUS_CHEMICALS", "CONSTRUCTION", "TRANSPORT");
		assertThat(chart.commandCentres).allSatisfy(c -> assertThat(departments).contains(c.departmentCode()));
	}

	@Test
	void shortensAreaNamesForBranchOffices() {
		assertThat(OrganisationChart.shortName("福田区")).isEqualTo("福田");
		assertThat(OrganisationChart.shortName("大鹏新区")).isEqualTo("大鹏");
		assertThat(OrganisationChart.shortName("深汕特别合作区")).isEqualTo("深汕");
	}

}
