package org.forewarn.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.forewarn.region.Placement;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo generators without Spring or a database, on a small made-up map. */
class DemoPopulationTests {

	static final RegionSummary CITY = OrganisationChartTests.CITY;

	/**
	 * Two districts, two streets each, three communities per street, two grids per
	 * community.
	 */
	static final DemoPopulation.Areas AREAS;

	/**
	 * West half of the box is Luohu (440303), east half Futian (440304); each split into
	 * two streets by latitude.
	 */
	static final Waterbodies.Locator LOCATOR = (lat, lon) -> {
		if (lat < Waterbodies.SOUTH || lat > Waterbodies.NORTH || lon < Waterbodies.WEST || lon > Waterbodies.EAST) {
			return Optional.empty();
		}
		String district = lon < 114.2 ? "440303" : "440304";
		String street = district + (lat < 22.65 ? "001" : "002");
		String community = street + "001";
		return Optional.of(new Placement(area(district, RegionLevel.DISTRICT, "440300"),
				area(street, RegionLevel.STREET, district), area(community, RegionLevel.COMMUNITY, street), null));
	};

	static {
		List<RegionSummary> districts = List.of(area("440303", RegionLevel.DISTRICT, "440300"),
				area("440304", RegionLevel.DISTRICT, "440300"));
		List<RegionSummary> streets = new ArrayList<>();
		List<RegionSummary> communities = new ArrayList<>();
		List<RegionSummary> grids = new ArrayList<>();
		for (RegionSummary district : districts) {
			for (int s = 1; s <= 2; s++) {
				RegionSummary street = area(district.code() + "00" + s, RegionLevel.STREET, district.code());
				streets.add(street);
				for (int c = 1; c <= 3; c++) {
					RegionSummary community = area(street.code() + "00" + c, RegionLevel.COMMUNITY, street.code());
					communities.add(community);
					for (int g = 1; g <= 2; g++) {
						grids.add(area(community.code() + "0" + g, RegionLevel.GRID, community.code()));
					}
				}
			}
		}
		AREAS = new DemoPopulation.Areas(CITY, districts, streets, communities, grids, "44030400100101");
	}

	static RegionSummary area(String code, RegionLevel level, String parent) {
		return new RegionSummary(code, code, level, parent, false);
	}

	static List<Person> generate(long seed) {
		OrganisationChart chart = new OrganisationChart(CITY, AREAS.districts());
		List<ManagedObject> objects = new Waterbodies(seed, LOCATOR).generate();
		return new DemoPopulation(seed).generate(AREAS, chart, objects);
	}

	@Test
	void generatesTheSamePeopleWithTheSameIdsAndPhonesForTheSameSeed() {
		assertThat(generate(DemoPopulation.SEED)).isEqualTo(generate(DemoPopulation.SEED));
	}

	@Test
	void generatesOtherNamesAndPhonesForAnotherSeed() {
		List<Person> one = generate(1);
		List<Person> other = generate(2);
		assertThat(one).hasSameSizeAs(other);
		assertThat(one.get(100).name() + one.get(100).phone().value())
			.isNotEqualTo(other.get(100).name() + other.get(100).phone().value());
	}

	@Test
	void generatesTheDocumentedScale() {
		Map<PersonRole, Long> byRole = generate(DemoPopulation.SEED).stream()
			.collect(Collectors.groupingBy(Person::role, Collectors.counting()));
		assertThat(byRole.get(PersonRole.RESPONSIBLE_PERSON)).isEqualTo(45_000);
		assertThat(byRole.get(PersonRole.DISASTER_INFORMATION_OFFICER)).isEqualTo(1_241);
		assertThat(byRole.get(PersonRole.FOREST_FIRE_PERSONNEL)).isEqualTo(2_286);
		assertThat(byRole.get(PersonRole.GRID_WORKER)).isEqualTo(AREAS.grids().size() + 1);
		assertThat(byRole).containsKeys(PersonRole.DUTY_OFFICER, PersonRole.HANDLER, PersonRole.INSPECTOR,
				PersonRole.ADMINISTRATOR);
	}

	@Test
	void givesEveryoneAUniqueValidMobileAndAPlausibleName() {
		List<Person> people = generate(DemoPopulation.SEED);
		Set<String> phones = new HashSet<>();
		assertThat(people).allSatisfy(p -> {
			assertThat(p.phone().value()).matches(MobileNumber.PATTERN);
			assertThat(phones.add(p.phone().value())).as("unique phone").isTrue();
			assertThat(p.name()).matches("\\p{IsHan}{2,10}");
		});
		assertThat(people.stream().map(Person::id).distinct()).hasSameSizeAs(people);
	}

	@Test
	void givesEveryReservoirAnAdministrativeATechnicalAndAPatrolPerson() {
		List<ManagedObject> objects = new Waterbodies(DemoPopulation.SEED, LOCATOR).generate();
		Map<String, Set<ResponsibilityType>> duties = generate(DemoPopulation.SEED).stream()
			.filter(p -> p.responsibleFor() != null)
			.collect(Collectors.groupingBy(Person::responsibleFor,
					Collectors.mapping(Person::responsibilityType, Collectors.toSet())));
		assertThat(objects).filteredOn(o -> o.type() == ManagedObjectType.RESERVOIR)
			.hasSize(177)
			.allSatisfy(o -> assertThat(duties.get(o.code())).containsExactlyInAnyOrder(
					ResponsibilityType.RESERVOIR_ADMINISTRATIVE, ResponsibilityType.RESERVOIR_TECHNICAL,
					ResponsibilityType.RESERVOIR_PATROL));
		assertThat(objects).filteredOn(o -> o.type() == ManagedObjectType.RIVER)
			.hasSize(119)
			.allSatisfy(o -> assertThat(duties.get(o.code())).hasSize(3));
	}

	@Test
	void makesTheDemoAccountTheAdministrativeResponsiblePersonOfShenzhenReservoir() {
		List<ManagedObject> objects = new Waterbodies(DemoPopulation.SEED, LOCATOR).generate();
		ManagedObject shenzhen = objects.stream().filter(o -> o.name().equals("深圳水库")).findFirst().orElseThrow();
		Person person = generate(DemoPopulation.SEED).stream()
			.filter(p -> p.id().equals(DemoPopulation.accountPersonId("reservoir.person")))
			.findFirst()
			.orElseThrow();
		assertThat(person.responsibleFor()).isEqualTo(shenzhen.code());
		assertThat(person.responsibilityType()).isEqualTo(ResponsibilityType.RESERVOIR_ADMINISTRATIVE);
		assertThat(person.regionCode()).isEqualTo("440303");
	}

	@Test
	void placesRealNamesFirstAndKeepsEveryNameUnique() {
		List<ManagedObject> objects = new Waterbodies(DemoPopulation.SEED, LOCATOR).generate();
		assertThat(objects.get(0).name()).isEqualTo("深圳水库");
		assertThat(objects).extracting(ManagedObject::name)
			.doesNotHaveDuplicates()
			.contains("铁岗水库", "清林径水库", "长岭皮水库", "深圳河", "茅洲河", "西乡河");
	}

	@Test
	void setsWaterLevelsInTheRightOrder() {
		assertThat(new Waterbodies(DemoPopulation.SEED, LOCATOR).generate()).allSatisfy(o -> {
			if (o.type() == ManagedObjectType.RESERVOIR) {
				assertThat(o.designFloodLevel()).isGreaterThan(o.floodLimitLevel());
			}
			else {
				assertThat(o.guaranteeLevel()).isGreaterThan(o.warningLevel());
			}
		});
	}

	@Test
	void placesEveryObjectInTheStreetItsLocationLiesIn() {
		assertThat(new Waterbodies(DemoPopulation.SEED, LOCATOR).generate()).allSatisfy(o -> {
			Placement placement = LOCATOR.locate(o.latitude(), o.longitude()).orElseThrow();
			assertThat(o.streetCode()).isEqualTo(placement.street().code());
			assertThat(o.districtCode()).isEqualTo(placement.district().code());
		});
	}

}
