package org.forewarn.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A city's whole hierarchy in memory, immutable: areas by code, children in code order,
 * and the point index over the grids. Built once per start from the stored areas.
 */
final class Territory {

	private final Area city;

	private final Map<String, Area> byCode;

	private final Map<String, List<Area>> children;

	private final PointIndex index;

	Territory(List<Area> areas) {
		Map<String, Area> codes = new LinkedHashMap<>();
		Map<String, List<Area>> kids = new HashMap<>();
		Area root = null;
		for (Area area : areas) {
			codes.put(area.code(), area);
			if (area.level() == RegionLevel.CITY) {
				root = area;
			}
			else {
				kids.computeIfAbsent(area.parentCode(), k -> new ArrayList<>()).add(area);
			}
		}
		if (root == null) {
			throw new IllegalStateException("the territory has no city");
		}
		kids.replaceAll((code, list) -> list.stream().sorted(Comparator.comparing(Area::code)).toList());
		this.city = root;
		this.byCode = Map.copyOf(codes);
		this.children = Map.copyOf(kids);
		this.index = new PointIndex(areas.stream().filter(a -> a.level() == RegionLevel.GRID).toList());
	}

	Area city() {
		return city;
	}

	Optional<Area> area(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
	}

	List<Area> children(String code) {
		return children.getOrDefault(code, List.of());
	}

	int size() {
		return byCode.size();
	}

	PointIndex index() {
		return index;
	}

	boolean isWithin(String code, String ancestorCode) {
		for (Area area = byCode.get(code); area != null; area = area.parentCode() == null ? null
				: byCode.get(area.parentCode())) {
			if (area.code().equals(ancestorCode)) {
				return true;
			}
		}
		return false;
	}

	/** City first, the area itself last. */
	List<Area> ancestry(String code) {
		List<Area> chain = new ArrayList<>();
		for (Area area = byCode.get(code); area != null; area = area.parentCode() == null ? null
				: byCode.get(area.parentCode())) {
			chain.add(0, area);
		}
		return chain;
	}

	/** All areas of a level at or below an area, in code order. */
	List<Area> descendants(String code, RegionLevel level) {
		Area start = byCode.get(code);
		if (start == null || level.compareTo(start.level()) < 0) {
			return List.of();
		}
		List<Area> found = new ArrayList<>();
		collect(start, level, found);
		found.sort(Comparator.comparing(Area::code));
		return found;
	}

	private void collect(Area area, RegionLevel level, List<Area> found) {
		if (area.level() == level) {
			found.add(area);
			return;
		}
		for (Area child : children(area.code())) {
			collect(child, level, found);
		}
	}

}
