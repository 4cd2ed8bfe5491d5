package org.forewarn.hazard;

import java.util.Map;

/**
 * The alarm types video-analytics gateways send, with the hazard category each one means.
 * An unknown type is refused: a gateway that sends one is misconfigured, and guessing its
 * meaning would route a machine's alarm to the wrong department.
 */
final class VideoAlarmTypes {

	private record Type(String category, String chinese) {
	}

	private static final Map<String, Type> TYPES = Map.ofEntries(Map.entry("fire_smoke", new Type("FIRE", "烟火识别")),
			Map.entry("fire_lane_blocked", new Type("FIRE", "消防通道占用")),
			Map.entry("ebike_in_elevator", new Type("ELECTRICAL", "电动自行车进电梯")),
			Map.entry("ebike_indoor_charging", new Type("ELECTRICAL", "电动自行车室内充电")),
			Map.entry("no_helmet", new Type("CONSTRUCTION", "施工现场未佩戴安全帽")),
			Map.entry("crowd_density", new Type("CROWDED_PLACE", "人员聚集超密度")),
			Map.entry("waterlogging", new Type("FLOODING", "道路积水")),
			Map.entry("forest_open_fire", new Type("FOREST_FIRE", "林区野外用火")),
			Map.entry("road_collapse", new Type("ROAD_TRAFFIC", "路面塌陷")),
			Map.entry("slope_displacement", new Type("GEOLOGICAL", "边坡位移")),
			Map.entry("manhole_missing", new Type("MUNICIPAL", "井盖缺失")));

	private VideoAlarmTypes() {
	}

	static String category(String type) {
		Type t = type == null ? null : TYPES.get(type.strip().toLowerCase());
		return t == null ? null : t.category();
	}

	/** The known types, sorted, for messages. */
	static java.util.List<String> codes() {
		return TYPES.keySet().stream().sorted().toList();
	}

	static String describe(String type) {
		Type t = type == null ? null : TYPES.get(type.strip().toLowerCase());
		return t == null ? (type == null ? "未知类型" : type) : t.chinese();
	}

}
