package org.forewarn.resource;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.forewarn.platform.BulkCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.platform.DemoMode;
import org.forewarn.platform.StartupNote;
import org.forewarn.region.Placement;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Shenzhen-sized resource pool (demo mode only): city and district supply depots and
 * street supply points with stock of every supply type, rescue teams, experts and
 * vehicles spread over the districts by population density, and over a thousand shelters
 * (parks, schools, stadiums, community points). About 11,000 rows, deterministic (fixed
 * seed, ids from names), written with one COPY, loaded once (marker table, advisory lock
 * 7375).
 */
@Component
@Order(80)
class ResourceDemoData implements ApplicationRunner, StartupNote {

	private static final Logger log = LoggerFactory.getLogger(ResourceDemoData.class);
	static final int VERSION = 1;
	static final long SEED = 20_261_124L;
	static final String SHENZHEN = "440300";

	static final int TEAMS = 1_800;
	static final int EXPERTS = 1_200;
	static final int VEHICLES = 6_000;
	static final int SHELTERS = 1_100;

	/** Relative density of resources by district (population-weighted). */
	private static final Map<String, Double> DENSITY = Map.ofEntries(Map.entry("440304", 1.0), Map.entry("440303", 0.9),
			Map.entry("440305", 0.8), Map.entry("440306", 0.6), Map.entry("440307", 0.55), Map.entry("440309", 0.6),
			Map.entry("440311", 0.45), Map.entry("440308", 0.35), Map.entry("440310", 0.35));

	private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余".split("");

	private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建文辉玲志红鹏飞宇航晨浩然欣怡子轩梓涵".split("");

	private static final String[] PARKS = { "莲花山公园", "深圳湾公园", "中心公园", "荔枝公园", "笔架山公园", "香蜜公园", "洪湖公园", "东湖公园", "人民公园",
			"大沙河公园", "塘朗山郊野公园", "中山公园", "西乡公园", "宝安公园", "龙华公园", "观澜湖公园", "龙城公园", "大运公园", "坪山中心公园", "光明湖公园", "盐田海滨栈道公园",
			"大鹏半岛公园", "仙湖植物园", "梧桐山公园", "红树林生态公园" };

	private final DemoMode demo;

	private final Regions regions;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final NearestIndex index;

	private final Clock clock;

	private String note = "";

	ResourceDemoData(DemoMode demo, Regions regions, JdbcClient jdbc, DataSource dataSource,
			TransactionTemplate transactions, NearestIndex index, Clock clock) {
		this.demo = demo;
		this.regions = regions;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.index = index;
		this.clock = clock;
	}

	private boolean loaded() {
		return jdbc.sql("select exists(select 1 from resource_demo_load where version = :v)")
			.param("v", VERSION)
			.query(Boolean.class)
			.single();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || !SHENZHEN.equals(regions.city().code())) {
			return;
		}
		if (loaded()) {
			note = " Resources: demo pool already present";
			return;
		}
		long started = System.nanoTime();
		List<String> rows = generate();
		int written = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(7375)").query((rs, n) -> 1).list();
			if (loaded()) {
				return 0;
			}
			BulkCopy.copy(dataSource,
					"""
							resource (id, kind, type_code, name, warehouse_id, region_code, region_path, department_code,
							    latitude, longitude, quantity, unit, capacity, occupancy, status, phone, details, updated_at)""",
					rows.isEmpty() ? "" : String.join("\n", rows) + "\n");
			jdbc.sql("insert into resource_demo_load (version, loaded_at, resources) values (:v, :at, :n)")
				.param("v", VERSION)
				.param("at", Timestamp.from(clock.instant()))
				.param("n", rows.size())
				.update();
			return rows.size();
		});
		index.invalidate();
		long ms = (System.nanoTime() - started) / 1_000_000;
		log.info("Resource demo data: {} resources in {} ms", written, ms);
		note = " Resources: %d demo resources loaded in %d ms".formatted(written, ms);
	}

	/** CSV rows for COPY, in the column order of {@link #copy}. */
	List<String> generate() {
		Random random = new Random(SEED);
		String now = clock.instant().toString();
		List<String> rows = new ArrayList<>();
		Map<String, String[]> paths = new HashMap<>();
		String city = regions.city().code();
		Map<String, String> districtNames = new LinkedHashMap<>();
		regions.children(city).forEach(d -> districtNames.put(d.code(), d.name()));

		List<Row> out = new ArrayList<>();
		java.util.function.Function<Row, UUID> add = row -> add(out, row);
		String[][] supplies = { { "TENT", "顶", "200", "救灾帐篷" }, { "QUILT", "床", "2000", "棉被" },
				{ "FOLDING_BED", "张", "800", "折叠床" }, { "LIFE_JACKET", "件", "1500", "救生衣" },
				{ "SANDBAG", "个", "20000", "沙袋" }, { "WATER_PUMP", "台", "40", "抽水泵" },
				{ "GENERATOR", "台", "20", "发电机" }, { "DRINKING_WATER", "箱", "3000", "瓶装水" },
				{ "INSTANT_FOOD", "箱", "2500", "方便食品" }, { "FIRST_AID_KIT", "个", "1000", "急救包" } };

		// city depots (owned by the city, placed in the districts), district depots, one
		// point per street
		for (int i = 0; i < 6; i++) {
			double[] p = point(random, null);
			Placement place = regions.locate(p[0], p[1]).orElseThrow();
			UUID w = add.apply(new Row("WAREHOUSE", "WAREHOUSE_CITY", "深圳市应急物资储备库（" + place.district().name() + "）",
					null, new Where(city, city + "-YJ", p[0], p[1]), Holding.of(1, "座"), "AVAILABLE",
					new Contact(null, "市级储备")));
			stock(add, w, supplies, 1.0 + random.nextDouble(), random, city, city + "-YJ", p, "市储备库");
		}
		for (String district : districtNames.keySet()) {
			for (int i = 0; i < 4; i++) {
				double[] p = point(random, district);
				if (p == null) {
					break;
				}
				Placement place = regions.locate(p[0], p[1]).orElseThrow();
				String name = districtNames.get(district) + "应急物资储备库"
						+ (i == 0 ? "" : "（" + place.street().name() + "分库）");
				UUID w = add.apply(new Row("WAREHOUSE", "WAREHOUSE_DISTRICT", name, null,
						new Where(place.street().code(), district + "-YJ", p[0], p[1]), Holding.of(1, "座"), "AVAILABLE",
						new Contact(null, "区级储备")));
				stock(add, w, supplies, 0.3 + random.nextDouble() * 0.4, random, place.street().code(),
						district + "-YJ", p, districtNames.get(district));
			}
		}
		Map<String, Boolean> streetHasPoint = new HashMap<>();
		for (int tries = 0; tries < 6_000; tries++) {
			double[] p = point(random, null);
			Placement place = regions.locate(p[0], p[1]).orElseThrow();
			if (streetHasPoint.putIfAbsent(place.street().code(), true) == null) {
				String district = place.district().code();
				UUID w = add.apply(new Row("WAREHOUSE", "WAREHOUSE_STREET", place.street().name() + "应急物资储备点", null,
						new Where(place.street().code(), district + "-YJ", p[0], p[1]), Holding.of(1, "座"), "AVAILABLE",
						new Contact(null, "街道储备")));
				stock(add, w, java.util.Arrays.copyOf(supplies, 6), 0.05 + random.nextDouble() * 0.1, random,
						place.street().code(), district + "-YJ", p, place.street().name());
			}
		}
		String[][] teams = { { "TEAM_FIRE", "消防救援中队", "40" }, { "TEAM_FLOOD", "防汛抢险队", "30" },
				{ "TEAM_MEDICAL", "医疗救护队", "12" }, { "TEAM_HAZCHEM", "危化品处置队", "20" }, { "TEAM_MINE", "隧道救援队", "25" },
				{ "TEAM_FOREST_FIRE", "森林消防队", "35" }, { "TEAM_VOLUNTEER", "志愿救援队", "20" } };
		double[] teamShare = { 0.25, 0.25, 0.15, 0.07, 0.05, 0.08, 0.15 };
		for (int i = 0; i < TEAMS; i++) {
			String[] team = teams[pick(random, teamShare)];
			double[] p = point(random, null);
			Placement place = regions.locate(p[0], p[1]).orElseThrow();
			int members = Math.max(5, (int) (Integer.parseInt(team[2]) * (0.6 + random.nextDouble() * 0.8)));
			String equipment = switch (team[0]) {
				case "TEAM_FIRE" -> "水罐消防车2辆、云梯车1辆、破拆工具组";
				case "TEAM_FLOOD" -> "冲锋舟2艘、抽水泵6台、沙袋2000个";
				case "TEAM_MEDICAL" -> "救护车2辆、移动急救单元";
				case "TEAM_HAZCHEM" -> "防化服20套、侦检仪、堵漏器材";
				case "TEAM_MINE" -> "生命探测仪、支护器材、照明车";
				case "TEAM_FOREST_FIRE" -> "风力灭火机15台、水泵、对讲机";
				default -> "救援绳索、担架、照明设备";
			};
			add.apply(new Row("TEAM", team[0], place.street().name() + team[1] + (i % 9 + 1) + "队", null,
					new Where(place.street().code(), place.district().code() + "-YJ", p[0], p[1]),
					Holding.of(members, "人"), random.nextDouble() < 0.03 ? "OUT_OF_SERVICE" : "AVAILABLE",
					new Contact(phone(random), "装备：" + equipment)));
		}
		String[] specialties = { "EXPERT_FLOOD", "EXPERT_GEOLOGY", "EXPERT_HAZCHEM", "EXPERT_FIRE", "EXPERT_STRUCTURE",
				"EXPERT_MEDICAL" };
		String[] employers = { "深圳大学", "南方科技大学", "哈尔滨工业大学（深圳）", "深圳市水务规划设计院", "深圳市地质局", "深圳市建筑科学研究院", "深圳市疾病预防控制中心",
				"深圳市消防救援支队", "中国科学院深圳先进技术研究院" };
		for (int i = 0; i < EXPERTS; i++) {
			double[] p = point(random, null);
			Placement place = regions.locate(p[0], p[1]).orElseThrow();
			boolean cityLevel = i % 3 == 0;
			add.apply(new Row("EXPERT", specialties[i % specialties.length], name(random), null,
					new Where(cityLevel ? city : place.street().code(),
							cityLevel ? city + "-YJ" : place.district().code() + "-YJ", p[0], p[1]),
					Holding.of(1, "人"), "AVAILABLE", new Contact(phone(random),
							employers[random.nextInt(employers.length)] + (random.nextBoolean() ? " 高级工程师" : " 教授"))));
		}
		String[][] vehicles = { { "VEHICLE_FIRE_ENGINE", "消防车" }, { "VEHICLE_AMBULANCE", "救护车" },
				{ "VEHICLE_TRUCK", "物资运输车" }, { "VEHICLE_PUMP", "排涝车" }, { "VEHICLE_COMMAND", "应急通信指挥车" } };
		double[] vehicleShare = { 0.3, 0.3, 0.25, 0.12, 0.03 };
		for (int i = 0; i < VEHICLES; i++) {
			String[] vehicle = vehicles[pick(random, vehicleShare)];
			double[] p = point(random, null);
			Placement place = regions.locate(p[0], p[1]).orElseThrow();
			String plate = "粤B" + (char) ('A' + random.nextInt(26)) + "%04d".formatted(random.nextInt(10_000));
			add.apply(new Row("VEHICLE", vehicle[0], plate + " " + vehicle[1], null,
					new Where(place.street().code(), place.district().code() + "-YJ", p[0], p[1]), Holding.of(1, "辆"),
					random.nextDouble() < 0.04 ? "OUT_OF_SERVICE" : "AVAILABLE",
					new Contact(null, place.street().name() + "驻点")));
		}
		for (int i = 0; i < SHELTERS; i++) {
			double[] p = point(random, null);
			Placement place = regions.locate(p[0], p[1]).orElseThrow();
			double r = random.nextDouble();
			String type;
			String name;
			int capacity;
			if (r < 0.12) {
				type = "SHELTER_PARK";
				name = (i < PARKS.length ? PARKS[i] : place.street().name() + "公园" + (i % 7 + 1) + "号") + "应急避难场所";
				capacity = 5_000 + random.nextInt(25_000);
			}
			else if (r < 0.45) {
				type = "SHELTER_SCHOOL";
				name = place.street().name() + "第" + (i % 12 + 1) + "学校避难场所";
				capacity = 800 + random.nextInt(3_000);
			}
			else if (r < 0.52) {
				type = "SHELTER_STADIUM";
				name = place.street().name() + "体育馆避难场所";
				capacity = 2_000 + random.nextInt(8_000);
			}
			else {
				type = "SHELTER_COMMUNITY";
				name = (place.community() != null ? place.community().name() : place.street().name()) + "避难点";
				capacity = 100 + random.nextInt(600);
			}
			int occupancy = random.nextDouble() < 0.05 ? random.nextInt(capacity / 2) : 0;
			add.apply(new Row("SHELTER", type, name, null,
					new Where(place.street().code(), place.district().code() + "-YJ", p[0], p[1]),
					Holding.places(capacity, occupancy, "人"), "AVAILABLE", new Contact(null, "室内外可用面积按每人1.5㎡核定")));
		}
		for (int i = 0; i < out.size(); i++) {
			Row row = out.get(i);
			UUID id = UUID.nameUUIDFromBytes(("resource:demo:" + i).getBytes(StandardCharsets.UTF_8));
			Where where = row.where();
			Holding holding = row.holding();
			String[] path = paths.computeIfAbsent(where.region(),
					code -> regions.ancestry(code).stream().map(RegionSummary::code).toArray(String[]::new));
			rows.add(String.join(",", id.toString(), row.kind(), row.type(), quote(row.name()),
					row.warehouse() == null ? "" : row.warehouse().toString(), where.region(),
					quote("{" + String.join(",", path) + "}"), where.department(), Double.toString(where.lat()),
					Double.toString(where.lon()), Integer.toString(holding.quantity()), holding.unit(),
					holding.capacity() == null ? "" : holding.capacity().toString(),
					holding.occupancy() == null ? "" : holding.occupancy().toString(), row.status(),
					row.contact().phone() == null ? "" : row.contact().phone(),
					row.contact().details() == null ? "" : quote(row.contact().details()), now));
		}
		return rows;
	}

	record Row(String kind, String type, String name, UUID warehouse, Where where, Holding holding, String status,
			Contact contact) {
	}

	/** Where a resource is and who owns it. */
	record Where(String region, String department, double lat, double lon) {
	}

	/**
	 * How much of it there is: a count in a unit, or a shelter's places (capacity,
	 * occupancy, counted in persons).
	 */
	record Holding(int quantity, String unit, Integer capacity, Integer occupancy) {

		static Holding of(int quantity, String unit) {
			return new Holding(quantity, unit, null, null);
		}

		static Holding places(int capacity, int occupancy, String unit) {
			return new Holding(0, unit, capacity, occupancy);
		}
	}

	/**
	 * A contact number (teams, experts) and free-text details, either possibly absent.
	 */
	record Contact(String phone, String details) {

		static final Contact NONE = new Contact(null, null);

	}

	private static UUID add(List<Row> out, Row row) {
		out.add(row);
		return UUID.nameUUIDFromBytes(("resource:demo:" + (out.size() - 1)).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The depot's stock of each supply type: a base amount scaled by the depot's size,
	 * with some spread.
	 */
	private static void stock(java.util.function.Function<Row, UUID> add, UUID warehouse, String[][] supplies,
			double scale, Random random, String region, String department, double[] p, String owner) {
		for (String[] supply : supplies) {
			int quantity = (int) Math.round(Integer.parseInt(supply[2]) * scale * (0.5 + random.nextDouble()));
			add.apply(new Row("SUPPLY", supply[0], owner + "·" + supply[3], warehouse,
					new Where(region, department, p[0], p[1]), Holding.of(quantity, supply[1]), "AVAILABLE",
					Contact.NONE));
		}
	}

	private double[] point(Random random, String district) {
		for (int tries = 0; tries < 200_000; tries++) {
			double lat = 22.44 + random.nextDouble() * 0.42;
			double lon = 113.76 + random.nextDouble() * 0.86;
			var placement = regions.locate(lat, lon);
			if (placement.isPresent() && placement.get().street() != null
					&& (district == null
							? random.nextDouble() < DENSITY.getOrDefault(placement.get().district().code(), 0.2)
							: district.equals(placement.get().district().code()))) {
				return new double[] { lat, lon };
			}
		}
		return null;
	}

	private static int pick(Random random, double[] shares) {
		double r = random.nextDouble();
		for (int i = 0; i < shares.length; i++) {
			r -= shares[i];
			if (r < 0) {
				return i;
			}
		}
		return shares.length - 1;
	}

	private static String name(Random random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
				+ (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
	}

	private static String phone(Random random) {
		String[] prefixes = { "135", "136", "137", "138", "139", "150", "158", "186", "189" };
		return prefixes[random.nextInt(prefixes.length)] + "%08d".formatted(random.nextInt(100_000_000));
	}

	private static String quote(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	@Override
	public String text() {
		return note;
	}

}
