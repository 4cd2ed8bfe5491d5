package org.forewarn.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What is special about Shenzhen (see ADR 0002): two of its "11 district-level areas"
 * have no national code, and its only published boundaries predate 2018.
 * <ul>
 * <li>大鹏新区 (minted {@value #DAPENG}) takes Longgang's streets 葵涌, 大鹏, 南澳 (which keep
 * their Longgang codes).</li>
 * <li>深汕特别合作区 (minted {@value #SHENSHAN}) takes Haifeng County's towns 小漠, 鹅埠, 赤石, 鮜门 and
 * their villages.</li>
 * <li>The ECharts map still has 光明 inside 宝安 and 大鹏 inside 龙岗: both are carved out along
 * fixed lines chosen to match their real location; 深汕 is the part of 海丰县 west of a fixed
 * line.</li>
 * </ul>
 */
final class ShenzhenZones {

	static final String CITY = "440300";
	static final String BAOAN = "440306";
	static final String LONGGANG = "440307";
	static final String GUANGMING = "440311";

	/**
	 * Minted: GB/T 2260 never uses 91–99 as the county digits under a prefecture-level
	 * city.
	 */
	static final String DAPENG = "440391";
	static final String SHENSHAN = "440392";
	static final String HAIFENG = "441521";
	static final Set<String> DAPENG_STREETS = Set.of("440307009", "440307010", "440307011");
	static final Set<String> SHENSHAN_TOWNS = Set.of("441521102", "441521103", "441521104", "441521105");

	/**
	 * Guangming: Bao'an north-east of this line (Guangming's real extent, ~113.87–114.0E
	 * north of ~22.72N).
	 */
	static final Coordinate[] GUANGMING_CUT = { new Coordinate(113.862, 23.0), new Coordinate(114.2, 23.0),
			new Coordinate(114.2, 22.715), new Coordinate(113.93, 22.715), new Coordinate(113.862, 22.75),
			new Coordinate(113.862, 23.0) };

	/**
	 * Dapeng: the south-eastern peninsula of Longgang east of ~114.34E and south of
	 * Pingshan (葵涌 reaches west to Yantian's 梅沙).
	 */
	static final Coordinate[] DAPENG_CUT = { new Coordinate(114.335, 22.40), new Coordinate(114.335, 22.655),
			new Coordinate(114.47, 22.70), new Coordinate(115.0, 22.70), new Coordinate(115.0, 22.40),
			new Coordinate(114.335, 22.40) };

	/**
	 * Shenshan: the western part of Haifeng County west of 115.15E (the real zone is ~468
	 * km²).
	 */
	static final Coordinate[] SHENSHAN_CUT = { new Coordinate(114.5, 22.3), new Coordinate(115.15, 22.3),
			new Coordinate(115.15, 23.5), new Coordinate(114.5, 23.5), new Coordinate(114.5, 22.3) };

	private ShenzhenZones() {
	}

	/**
	 * Adds Dapeng and Shenshan, re-parents their streets and adds the communities
	 * (Shenzhen's and Shenshan's villages).
	 */
	static void apply(List<Area> districts, List<Area> streets, List<Area> communities) {
		districts.add(Area.of(DAPENG, "大鹏新区", RegionLevel.DISTRICT, CITY));
		districts.add(Area.of(SHENSHAN, "深汕特别合作区", RegionLevel.DISTRICT, CITY));
		streets.replaceAll(street -> DAPENG_STREETS.contains(street.code())
				? Area.of(street.code(), street.name(), RegionLevel.STREET, DAPENG) : street);
		DivisionTables.streets(HAIFENG::equals)
			.stream()
			.filter(town -> SHENSHAN_TOWNS.contains(town.code()))
			.forEach(town -> streets.add(Area.of(town.code(), town.name(), RegionLevel.STREET, SHENSHAN)));
		DivisionTables.shenzhenCommunities()
			.forEach(c -> communities.add(Area.of(c.code(), c.name(), RegionLevel.COMMUNITY, c.parentCode())));
		DivisionTables.shenshanVillages()
			.stream()
			.filter(v -> SHENSHAN_TOWNS.contains(v.parentCode()))
			.forEach(v -> communities.add(Area.of(v.code(), v.name(), RegionLevel.COMMUNITY, v.parentCode())));
	}

	/** A district-level boundary and whether it was carved rather than published. */
	record Boundary(Geometry geometry, boolean derived) {
	}

	/**
	 * The 11 district-level boundaries: the 8 published polygons, Guangming and Dapeng
	 * carved out of Bao'an and Longgang, Shenshan cut from Haifeng. Overlaps between
	 * neighbouring published polygons are given to the district earlier in code order, so
	 * the result tiles without overlap.
	 */
	static Map<String, Boundary> districtBoundaries(GeometryFactory factory) {
		Map<String, Geometry> published = new LinkedHashMap<>();
		EchartsMap.decode(resource("region/geo/shenzhen-districts.echarts.js"), factory)
			.forEach(f -> published.put(f.code(), f.boundary()));
		Geometry haifeng = EchartsMap.decode(resource("region/geo/shanwei-counties.echarts.js"), factory)
			.stream()
			.filter(f -> f.code().equals(HAIFENG))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("海丰县 missing from the Shanwei map"))
			.boundary();

		Geometry guangmingCut = factory.createPolygon(GUANGMING_CUT);
		Geometry dapengCut = factory.createPolygon(DAPENG_CUT);
		Geometry baoan = published.get(BAOAN);
		Geometry longgang = published.get(LONGGANG);

		Map<String, Boundary> result = new LinkedHashMap<>();
		Geometry taken = factory.createPolygon();
		List<String> order = published.keySet().stream().sorted().toList();
		for (String code : order) {
			Geometry geometry = published.get(code);
			boolean derived = false;
			if (code.equals(BAOAN)) {
				geometry = baoan.difference(guangmingCut);
				derived = true;
			}
			else if (code.equals(LONGGANG)) {
				geometry = longgang.difference(dapengCut);
				derived = true;
			}
			Geometry own = Polygons.only(geometry.difference(taken));
			derived |= own.getArea() < geometry.getArea() * 0.999;
			result.put(code, new Boundary(own, derived));
			taken = taken.union(own);
		}
		result.put(GUANGMING, new Boundary(Polygons.only(baoan.intersection(guangmingCut).difference(taken)), true));
		taken = taken.union(result.get(GUANGMING).geometry());
		result.put(DAPENG, new Boundary(Polygons.only(longgang.intersection(dapengCut).difference(taken)), true));
		result.put(SHENSHAN,
				new Boundary(Polygons.only(haifeng.intersection(factory.createPolygon(SHENSHAN_CUT))), true));
		return result;
	}

	private static String resource(String path) {
		try (InputStream in = ShenzhenZones.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
