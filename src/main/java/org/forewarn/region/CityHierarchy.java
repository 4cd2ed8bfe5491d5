package org.forewarn.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a city's hierarchy of codes and names (city, district-level areas, streets,
 * communities; grids come later, once their parents' sizes are known) from the national
 * division tables. Works for any prefecture-level city; the only city-specific rules are
 * Shenzhen's two district-level areas without a national code ({@link ShenzhenZones}).
 */
final class CityHierarchy {

	private CityHierarchy() {
	}

	/** The areas of a city, parents before children, each level ordered by code. */
	static List<Area> of(String cityCode) {
		if (cityCode == null || !cityCode.matches("\\d{4}00")) {
			throw new IllegalArgumentException(
					"forewarn.region.city-code must be a 6-digit prefecture-level city code ending in 00, e.g. 440300; was '"
							+ cityCode + "'");
		}
		String city4 = cityCode.substring(0, 4);
		DivisionTables.Row cityRow = DivisionTables.city(city4)
			.filter(row -> !row.name().contains("直辖县"))
			.orElseThrow(() -> new IllegalArgumentException("forewarn.region.city-code " + cityCode
					+ " is not a prefecture-level city of the national division data"));
		// Municipalities (北京, 上海, …) are listed as "市辖区" under their province: the city
		// is named after the province.
		String cityName = cityRow.name().equals("市辖区")
				? DivisionTables.provinceName(cityRow.parentCode()).orElse(cityRow.name()) : cityRow.name();

		List<Area> areas = new ArrayList<>();
		areas.add(Area.of(cityCode, cityName, RegionLevel.CITY, null));
		List<DivisionTables.Row> districts = DivisionTables.areasOf(city4);
		Set<String> districtCodes = districts.stream().map(DivisionTables.Row::code).collect(Collectors.toSet());
		List<DivisionTables.Row> streets = DivisionTables.streets(districtCodes::contains);
		List<Area> districtAreas = new ArrayList<>();
		districts.forEach(d -> districtAreas.add(Area.of(d.code(), d.name(), RegionLevel.DISTRICT, cityCode)));
		List<Area> streetAreas = new ArrayList<>();
		streets.forEach(s -> streetAreas.add(Area.of(s.code(), s.name(), RegionLevel.STREET, s.parentCode())));
		List<Area> communityAreas = new ArrayList<>();
		if (ShenzhenZones.CITY.equals(cityCode)) {
			ShenzhenZones.apply(districtAreas, streetAreas, communityAreas);
		}
		Comparator<Area> byCode = Comparator.comparing(Area::code);
		districtAreas.sort(byCode);
		streetAreas.sort(byCode);
		communityAreas.sort(byCode);
		areas.addAll(districtAreas);
		areas.addAll(streetAreas);
		areas.addAll(communityAreas);
		checkUnique(areas);
		return areas;
	}

	private static void checkUnique(List<Area> areas) {
		Map<String, Long> counts = areas.stream().collect(Collectors.groupingBy(Area::code, Collectors.counting()));
		counts.forEach((code, n) -> {
			if (n > 1) {
				throw new IllegalStateException("region code " + code + " occurs " + n + " times");
			}
		});
		Map<String, Area> byCode = areas.stream().collect(Collectors.toMap(Area::code, Function.identity()));
		for (Area area : areas) {
			if (area.parentCode() != null && !byCode.containsKey(area.parentCode())) {
				throw new IllegalStateException("region " + area.code() + " has unknown parent " + area.parentCode());
			}
		}
	}

}
