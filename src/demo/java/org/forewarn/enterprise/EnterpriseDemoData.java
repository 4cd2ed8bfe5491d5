package org.forewarn.enterprise;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.forewarn.platform.BulkCopy;
import org.forewarn.platform.DemoMode;
import org.forewarn.platform.StartupNote;
import org.forewarn.region.Placement;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * 50,000 enterprises over Shenzhen (demo mode only) with the city's industry mix (GB/T
 * 4754 shares in the code table), valid generated USCCs, key categories that follow from
 * the industry, contacts, and a few years of linked facts — inspections, cases,
 * penalties, accident investigations, training, certificates with expiry, risk
 * assessments, tax and social-insurance figures — scored by the same {@link RiskModel} as
 * live data. Deterministic (fixed seed), written with COPY, loaded once (marker table,
 * advisory lock 7380). Includes the demo enterprise the {@code enterprise.demo} account
 * acts for.
 */
@Component
@Order(80)
class EnterpriseDemoData implements ApplicationRunner, StartupNote {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseDemoData.class);
	static final int VERSION = 1;
	static final long SEED = 20261124L;
	static final String SHENZHEN = "440300";

	/**
	 * The enterprise of the {@code enterprise.demo} account (identity module's demo
	 * accounts).
	 */
	static final String DEMO_USCC = "91440304MA5FDE0M9C";
	static final String DEMO_NAME = "深圳市福田示范科技有限公司";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * Enterprise density by district: manufacturing in Bao'an, Longgang, Longhua,
	 * Guangming; services in the centre.
	 */
	private static final Map<String, Double> DENSITY = Map.ofEntries(Map.entry("440306", 1.0), Map.entry("440307", 0.9),
			Map.entry("440309", 0.8), Map.entry("440304", 0.9), Map.entry("440305", 0.8), Map.entry("440303", 0.6),
			Map.entry("440311", 0.6), Map.entry("440310", 0.4), Map.entry("440308", 0.3), Map.entry("440391", 0.2),
			Map.entry("440392", 0.1));

	private static final String[] BRANDS = { "华", "创", "盛", "鑫", "达", "恒", "瑞", "泰", "新", "宏", "安", "信", "联", "星", "海",
			"天", "明", "科", "锐", "通", "嘉", "元", "博", "金", "润", "丰", "诚", "德", "利", "远", "鹏", "城", "智", "云", "启", "航" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "邓", "冯", "韩", "曾" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
			"明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "文", "斌", "宇", "欣" };

	private final DemoMode demo;

	private final Regions regions;

	private final Industries industries;

	private final Registration registration;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final int count;

	private String note = "";

	EnterpriseDemoData(DemoMode demo, Regions regions, Industries industries, Registration registration,
			JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, JsonMapper json, Clock clock,
			@Value("${forewarn.demo.enterprises:50000}") int count) {
		this.demo = demo;
		this.regions = regions;
		this.industries = industries;
		this.registration = registration;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || !SHENZHEN.equals(regions.city().code()) || count <= 0) {
			return;
		}
		if (loaded()) {
			note = " Enterprises: demo registry already present";
			return;
		}
		long started = System.nanoTime();
		Batch batch = generate(clock.instant());
		long generated = System.nanoTime();
		Integer written = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(7380)").query((rs, n) -> 1).list();
			if (loaded()) {
				return 0;
			}
			BulkCopy.copy(dataSource, "enterprise (uscc, name, industry_code, address, latitude, longitude,"
					+ " district_code, street_code, community_code, grid_code, scale, key_categories, regulator_codes,"
					+ " contacts, risk_score, risk_level, risk_factors, risk_at, public_code, created_at, created_by)",
					batch.enterprises);
			BulkCopy.copy(dataSource, "enterprise_fact (kind, reference, uscc, title, status, open, severity, at,"
					+ " due_at, link, detail, updated_at)", batch.facts);
			BulkCopy.copy(dataSource, "enterprise_risk_history (uscc, at, score, level, reason, factors)",
					batch.history);
			jdbc.sql(
					"insert into enterprise_demo_load (version, loaded_at, enterprises, facts) values (:v, :at, :n, :f)")
				.param("v", VERSION)
				.param("at", Timestamp.from(clock.instant()))
				.param("n", batch.enterpriseCount)
				.param("f", batch.factCount)
				.update();
			return batch.enterpriseCount;
		});
		long ms = (System.nanoTime() - started) / 1_000_000;
		log.info("Enterprise demo data: {} enterprises, {} linked facts in {} ms (generating {} ms)", written,
				batch.factCount, ms, (generated - started) / 1_000_000);
		note = " Enterprises: %d demo enterprises with %d linked facts loaded in %d ms".formatted(written,
				batch.factCount, ms);
	}

	@Override
	public String text() {
		return note;
	}

	private boolean loaded() {
		return jdbc.sql("select exists (select 1 from enterprise_demo_load where version = :v)")
			.param("v", VERSION)
			.query(Boolean.class)
			.single();
	}

	static final class Batch {

		final StringBuilder enterprises = new StringBuilder();

		final StringBuilder facts = new StringBuilder();

		final StringBuilder history = new StringBuilder();

		int enterpriseCount;

		int factCount;

	}

	private final Map<String, List<String>> regulatorCache = new java.util.HashMap<>();

	private Industries.Industry industryOf(String key) {
		return industries.find(key.substring(0, 3)).orElseThrow();
	}

	Batch generate(Instant now) {
		Random random = new Random(SEED);
		List<Industries.Industry> mix = industries.all().stream().filter(i -> i.demoShare() > 0).toList();
		double total = mix.stream().mapToDouble(Industries.Industry::demoShare).sum();
		Batch batch = new Batch();
		Set<String> codes = new java.util.HashSet<>();
		// the sites first, in parallel: each from its own seeded generator, so the result
		// does not depend on threads
		double[][] sites = java.util.stream.IntStream.range(0, count)
			.parallel()
			.mapToObj(i -> i == 0 ? pointIn("440304", new Random(SEED + 1)) : point(new Random(SEED * 31 + i)))
			.toArray(double[][]::new);
		for (int i = 0; i < count; i++) {
			Industries.Industry industry;
			double[] point;
			String name;
			Scale scale;
			String uscc;
			if (i == 0) {
				industry = industries.find("C39").orElseThrow();
				point = sites[0];
				name = DEMO_NAME;
				scale = Scale.SMALL;
				uscc = DEMO_USCC;
			}
			else {
				industry = pick(mix, total, random);
				point = sites[i];
				scale = scale(random);
				name = name(industry, random, i);
				uscc = null;
			}
			Placement placement = regions.locate(point[0], point[1]).orElseThrow();
			if (uscc == null) {
				uscc = uscc(placement.district().code(), i);
			}
			if (!codes.add(uscc)) {
				continue;
			}
			Set<KeyCategory> categories = categories(industry, scale, random);
			if (i == 0) {
				categories = EnumSet.of(KeyCategory.DUST_EXPLOSION, KeyCategory.CONFINED_SPACE);
			}
			String district = placement.district().code();
			List<String> regulators = regulatorCache.computeIfAbsent(industry.code() + district,
					k -> registration.regulators(industryOf(k), district));
			List<Enterprise.EnterpriseContact> contacts = new ArrayList<>();
			contacts.add(new Enterprise.EnterpriseContact(person(random), "法定代表人", phone(random)));
			if (scale != Scale.MICRO || random.nextDouble() < 0.3) {
				contacts.add(new Enterprise.EnterpriseContact(person(random), "安全负责人", phone(random)));
			}
			int[] counts = new int[10];
			facts(batch, uscc, industry, categories, scale, random, now, counts, i == 0);
			RiskModel.Score score = RiskModel.score(
					new RiskModel.Inputs(industry.baseRisk(), industry.name(), scale, categories, counts[0], counts[1],
							counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8], counts[9]));
			String factors = json.writeValueAsString(score.factors());
			Instant created = now.minus(Duration.ofDays(400 + random.nextInt(3000)));
			String address = placement.district().name() + (placement.street() == null ? "" : placement.street().name())
					+ (placement.community() == null ? "" : placement.community().name()) + (random.nextInt(300) + 1)
					+ "号";
			batch.enterprises.append(String.join(",", f(uscc), f(name), f(industry.code()), f(address),
					f(round(point[0])), f(round(point[1])), f(district), f(code(placement.street())),
					f(code(placement.community())), f(code(placement.grid())), f(scale.name()),
					f(EnterpriseImport.array(categories.stream().map(Enum::name).sorted().toList())),
					f(EnterpriseImport.array(regulators)), f(json.writeValueAsString(contacts)), f(score.score()),
					f(score.level()), f(factors), f(now), f(uscc), f(created), f("demo")))
				.append('\n');
			// the factors are on the enterprise row; a demo history row need not repeat
			// them (start-up time)
			batch.history
				.append(String.join(",", f(uscc), f(now), f(score.score()), f(score.level()),
						f("演示数据：按行业、规模、重点类别和历史记录评定"), f("[]")))
				.append('\n');
			batch.enterpriseCount++;
		}
		return batch;
	}

	/**
	 * The linked facts of one enterprise; fills {@code c} with the risk counts (as
	 * {@link Facts#riskCounts}).
	 */
	private void facts(Batch b, String uscc, Industries.Industry industry, Set<KeyCategory> categories, Scale scale,
			Random random, Instant now, int[] c, boolean showcase) {
		double exposure = 0.5 + industry.baseRisk() / 10.0 + categories.size() * 0.5;
		int inspections = Math.min(6, (int) (random.nextDouble() * exposure * 1.2));
		for (int k = 0; k < inspections; k++) {
			Instant at = now.minus(Duration.ofDays(random.nextInt(730)));
			double r = random.nextDouble();
			int severity = r < 0.7 ? 0 : r < 0.9 ? 1 : r < 0.98 ? 2 : 3;
			fact(b, "INSPECTION", "XJ-DEMO-" + b.factCount, uscc,
					severity == 0 ? "日常检查：未发现问题" : "日常检查：发现问题 " + severity + " 级", "CLOSED", false, severity, at, null,
					null, now);
			if (at.isAfter(now.minus(Duration.ofDays(365)))) {
				c[7] += severity;
			}
		}
		int selfFound = showcase ? 3 : (int) (random.nextDouble() * exposure * 1.8);
		String[] findings = { "消防通道堆放杂物", "配电箱未上锁、线路老化", "有限空间作业未审批", "粉尘清扫记录缺失", "特种作业人员证书过期", "安全警示标志缺失", "应急预案未演练",
				"危化品存放超量" };
		for (int k = 0; k < selfFound; k++) {
			Instant at = now.minus(Duration.ofDays(random.nextInt(365)));
			int severity = random.nextDouble() < 0.06 ? 2 : 1;
			boolean open = random.nextDouble() < (showcase ? 0.7 : 0.3);
			Instant due = open ? at.plus(Duration.ofDays(severity == 2 ? 90 : 30)) : null;
			fact(b, "HAZARD", "ZC-DEMO-" + b.factCount, uscc,
					"企业自查隐患：" + findings[random.nextInt(findings.length)] + (severity == 2 ? "（重大）" : ""),
					open ? "RECTIFYING" : "CLOSED", open, severity, at, due, null, now);
			if (open) {
				c[0]++;
				c[1] += severity >= 2 ? 1 : 0;
				c[2] += due.isBefore(now) ? 1 : 0;
			}
		}
		if (random.nextDouble() < 0.02 * exposure || showcase) {
			Instant at = now.minus(Duration.ofDays(random.nextInt(700)));
			int severity = 1 + random.nextInt(3);
			boolean open = random.nextDouble() < 0.25;
			Instant due = open ? now.plus(Duration.ofDays(random.nextInt(60) - 20)) : null;
			fact(b, "ENFORCEMENT_CASE", "AJ-DEMO-" + b.factCount, uscc, "安全生产违法案件（演示）",
					open ? "INVESTIGATING" : "CLOSED", open, severity, at, due, null, now);
			c[3]++;
			c[4] += severity;
			if (open && due.isBefore(now)) {
				c[2]++;
			}
			if (!open && random.nextDouble() < 0.7) {
				int fine = (1 + random.nextInt(20)) * 5000;
				fact(b, "PENALTY", "CF-DEMO-" + b.factCount, uscc, "行政处罚：罚款 " + fine + " 元（《安全生产法》第九十九条）", "DECIDED",
						false, severity, at.plus(Duration.ofDays(30)), null, null, now);
				c[3]++;
				c[4] += severity;
			}
		}
		if (random.nextDouble() < 0.004 * exposure) {
			int severity = 1 + random.nextInt(3);
			fact(b, "ACCIDENT_INVESTIGATION", "SG-DEMO-" + b.factCount, uscc, "生产安全事故调查（演示）", "CLOSED", false, severity,
					now.minus(Duration.ofDays(random.nextInt(1000))), null, null, now);
			c[5]++;
			c[6] += severity;
		}
		int trainings = random.nextDouble() < 0.6 ? 1 + random.nextInt(2) : 0;
		for (int k = 0; k < trainings; k++) {
			fact(b, "TRAINING", "PX-DEMO-" + b.factCount, uscc, "全员安全生产教育培训 " + (8 + random.nextInt(24)) + " 学时",
					"COMPLETED", false, 0, now.minus(Duration.ofDays(random.nextInt(700))), null, null, now);
		}
		int certificates = !categories.isEmpty() || showcase ? 1 + random.nextInt(2)
				: random.nextDouble() < 0.3 ? 1 : 0;
		for (int k = 0; k < certificates; k++) {
			String title = showcase && k == 0 ? "主要负责人安全生产知识和管理能力考核合格证"
					: categories.contains(KeyCategory.HAZARDOUS_CHEMICALS) && k == 0 ? "危险化学品经营许可证"
							: random.nextBoolean() ? "特种作业操作证（电工）" : "安全生产管理人员考核合格证";
			Instant expires = showcase ? now.plus(Duration.ofDays(20 + 40 * k))
					: now.plus(Duration.ofDays(random.nextInt(960) - 60));
			fact(b, "CERTIFICATE", "ZZ-DEMO-" + b.factCount, uscc, title, "VALID", false, 0,
					expires.minus(Duration.ofDays(1095)), expires, null, now);
			if (expires.isBefore(now)) {
				c[8]++;
			}
		}
		if (!categories.isEmpty()) {
			Instant at = now.minus(Duration.ofDays(random.nextInt(365)));
			fact(b, "RISK_ASSESSMENT", "PG-DEMO-" + b.factCount, uscc, "年度安全风险辨识评估", "COMPLETED", false,
					random.nextInt(3), at, at.plus(Duration.ofDays(365)), null, now);
		}
		int year = LocalDate.ofInstant(now, CHINA).getYear() - 1;
		int employees = switch (scale) {
			case LARGE -> 1000 + random.nextInt(9000);
			case MEDIUM -> 100 + random.nextInt(900);
			case SMALL -> 20 + random.nextInt(80);
			case MICRO -> 1 + random.nextInt(19);
		};
		Instant yearEnd = LocalDate.of(year, 12, 31).atStartOfDay(CHINA).toInstant();
		fact(b, "TAX", "NS-" + year + "-" + uscc, uscc, year + " 年度纳税（外部数据，演示值）", "RECORDED", false, 0, yearEnd, null,
				"{\"year\":" + year + ",\"taxPaidYuan\":" + (employees * (20000L + random.nextInt(60000)))
						+ ",\"source\":\"税务（演示）\"}",
				now);
		fact(b, "SOCIAL_INSURANCE", "SB-" + year + "-" + uscc, uscc, year + " 年度社保参保（外部数据，演示值）", "RECORDED", false, 0,
				yearEnd, null, "{\"year\":" + year + ",\"insuredEmployees\":"
						+ (int) (employees * (0.7 + random.nextDouble() * 0.3)) + ",\"source\":\"人社（演示）\"}",
				now);
	}

	private static void fact(Batch b, String kind, String reference, String uscc, String title, String status,
			boolean open, int severity, Instant at, Instant due, String detail, Instant now) {
		b.facts
			.append(String.join(",", f(kind), f(reference), f(uscc), f(title), f(status), f(open), f(severity), f(at),
					f(due), f(null), f(detail), f(now)))
			.append('\n');
		b.factCount++;
	}

	private static String f(Object value) {
		return CsvText.copyField(value);
	}

	/**
	 * A valid USCC: 91 + the district's division code + a 9-character organisation code
	 * numbered by {@code n}.
	 */
	static String uscc(String district, int n) {
		StringBuilder body = new StringBuilder("MA5");
		int v = n;
		char[] digits = new char[5];
		for (int k = 4; k >= 0; k--) {
			digits[k] = Uscc.CHARSET.charAt(v % 31);
			v /= 31;
		}
		body.append(digits);
		String org8 = body.toString();
		String first17 = "91" + district + org8 + Uscc.organisationCheck(org8);
		return first17 + Uscc.checkCharacter(first17);
	}

	private Industries.Industry pick(List<Industries.Industry> mix, double total, Random random) {
		double r = random.nextDouble() * total;
		for (Industries.Industry industry : mix) {
			r -= industry.demoShare();
			if (r <= 0) {
				return industry;
			}
		}
		return mix.getLast();
	}

	private static Scale scale(Random random) {
		double r = random.nextDouble();
		return r < 0.55 ? Scale.MICRO : r < 0.87 ? Scale.SMALL : r < 0.97 ? Scale.MEDIUM : Scale.LARGE;
	}

	private static Set<KeyCategory> categories(Industries.Industry industry, Scale scale, Random random) {
		Set<KeyCategory> set = EnumSet.noneOf(KeyCategory.class);
		String code = industry.code();
		double r = random.nextDouble();
		switch (code) {
			case "C25", "C26", "C28" -> set.add(KeyCategory.HAZARDOUS_CHEMICALS);
			case "C31" -> set.add(KeyCategory.METALLURGY);
			case "C32" -> set.add(KeyCategory.NONFERROUS);
			case "D45", "G57" -> set.add(KeyCategory.GAS);
			case "F51" -> {
				if (r < 0.03) {
					set.add(KeyCategory.HAZARDOUS_CHEMICALS);
				}
			}
			case "G59" -> {
				if (r < 0.15) {
					set.add(KeyCategory.HAZARDOUS_CHEMICALS);
				}
			}
			case "H62" -> {
				if (r < 0.25) {
					set.add(KeyCategory.GAS);
				}
			}
			case "H61", "R89", "R90", "P83", "Q84" -> {
				if (scale != Scale.MICRO) {
					set.add(KeyCategory.CROWDED_PLACE);
				}
			}
			case "F52" -> {
				if (scale == Scale.LARGE || scale == Scale.MEDIUM) {
					set.add(KeyCategory.CROWDED_PLACE);
				}
			}
			default -> {
			}
		}
		if (code.startsWith("B")) {
			set.add(KeyCategory.MINING);
		}
		if (code.matches("C1[345]") && random.nextDouble() < 0.12) {
			set.add(KeyCategory.AMMONIA_REFRIGERATION);
		}
		if (code.matches("C1[34]|C2[01]|C33|C29") && random.nextDouble() < 0.25) {
			set.add(KeyCategory.DUST_EXPLOSION);
		}
		if (code.matches("C22|C1[345]|N77|D46|E48") && random.nextDouble() < 0.2) {
			set.add(KeyCategory.CONFINED_SPACE);
		}
		if (code.startsWith("E") && random.nextDouble() < 0.5) {
			set.add(KeyCategory.HIGH_RISE_WORK);
		}
		if (code.startsWith("C") && random.nextDouble() < 0.15) {
			set.add(KeyCategory.SPECIAL_EQUIPMENT);
		}
		return set;
	}

	private static final String[] SUFFIXES = { "科技", "实业", "贸易", "电子", "科技发展", "投资", "商贸", "技术", "信息" };

	private String name(Industries.Industry industry, Random random, int n) {
		String brand = BRANDS[random.nextInt(BRANDS.length)] + BRANDS[random.nextInt(BRANDS.length)];
		String trade = switch (industry.section()) {
			case "C" ->
				random.nextBoolean() ? "精密制造" : industry.name().length() <= 6 ? industry.name().replace("业", "") : "工业";
			case "E" -> "建设工程";
			case "F" -> SUFFIXES[2 + random.nextInt(2)];
			case "G" -> industry.code().equals("G59") ? "仓储物流" : "运输";
			case "H" -> industry.code().equals("H61") ? "酒店管理" : "餐饮管理";
			case "I", "M" -> random.nextBoolean() ? "信息技术" : "科技";
			case "K" -> "房地产开发";
			case "D" -> industry.code().equals("D45") ? "燃气" : "能源";
			default -> SUFFIXES[random.nextInt(SUFFIXES.length)];
		};
		return "深圳市" + brand + trade + "有限公司" + (n % 7 == 0 ? "" : "")
				+ (random.nextInt(8) == 0 ? "（分公司" + (n % 97) + "）" : "");
	}

	private static String person(Random random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
	}

	private static String phone(Random random) {
		String[] prefixes = { "135", "136", "137", "138", "139", "150", "158", "186", "188", "189" };
		return prefixes[random.nextInt(prefixes.length)] + "%08d".formatted(random.nextInt(100_000_000));
	}

	private double[] point(Random random) {
		while (true) {
			double lat = 22.44 + random.nextDouble() * 0.42;
			double lon = 113.76 + random.nextDouble() * 0.86;
			var placement = regions.locate(lat, lon);
			if (placement.isPresent() && placement.get().grid() != null
					&& random.nextDouble() < DENSITY.getOrDefault(placement.get().district().code(), 0.1)) {
				return new double[] { lat, lon };
			}
		}
	}

	private double[] pointIn(String district, Random random) {
		for (int tries = 0; tries < 100_000; tries++) {
			double lat = 22.50 + random.nextDouble() * 0.08;
			double lon = 114.00 + random.nextDouble() * 0.10;
			var placement = regions.locate(lat, lon);
			if (placement.isPresent() && placement.get().grid() != null
					&& district.equals(placement.get().district().code())) {
				return new double[] { lat, lon };
			}
		}
		throw new IllegalStateException("no point found in " + district);
	}

	private static double round(double v) {
		return Math.round(v * 1e6) / 1e6;
	}

	private static String code(RegionSummary region) {
		return region == null ? null : region.code();
	}

}
