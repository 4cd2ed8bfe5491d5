package org.forewarn.hazard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.forewarn.hazard.classifier.LabelledText;
import org.forewarn.hazard.classifier.TrainingSet;
import org.forewarn.platform.BulkCopy;
import org.forewarn.platform.DemoMode;
import org.forewarn.platform.StartupNote;
import org.forewarn.region.Placement;
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

/**
 * A realistic year of hazard reports across Shenzhen (demo mode only), in every state, so
 * the inboxes, the map and the statistics mean something on first start. Each order is
 * simulated through its life — dispatch, acceptance, on-site check, rectification, review
 * — with step durations drawn from skewed distributions and compared with the real
 * deadline policy, so on-time rates, overdue flags and open work at "now" follow from the
 * same rules the live loop applies. Deterministic (fixed seed), written with COPY, loaded
 * once (marker table, advisory lock 7303).
 */
@Component
@Order(70)
class HazardDemoData implements ApplicationRunner, StartupNote {

	private static final Logger log = LoggerFactory.getLogger(HazardDemoData.class);
	static final int VERSION = 1;
	static final long SEED = 20261123L;
	static final String SHENZHEN = "440300";
	static final String DEMO_GRID = "440304001019001";

	/** Hazard density by district (relative acceptance of a uniformly drawn point). */
	private static final Map<String, Double> DENSITY = Map.ofEntries(Map.entry("440304", 1.0), Map.entry("440303", 0.8),
			Map.entry("440305", 0.6), Map.entry("440309", 0.45), Map.entry("440306", 0.35), Map.entry("440307", 0.25),
			Map.entry("440311", 0.25), Map.entry("440308", 0.15), Map.entry("440310", 0.15), Map.entry("440391", 0.08),
			Map.entry("440392", 0.05));

	private static final Map<String, Double> CATEGORY_SHARE = Map.ofEntries(Map.entry("FIRE", 18.0),
			Map.entry("ELECTRICAL", 12.0), Map.entry("CONSTRUCTION", 12.0), Map.entry("MUNICIPAL", 10.0),
			Map.entry("GAS", 9.0), Map.entry("ROAD_TRAFFIC", 7.0), Map.entry("FLOODING", 7.0),
			Map.entry("BUILDING", 5.0), Map.entry("SPECIAL_EQUIPMENT", 5.0), Map.entry("INDUSTRIAL", 4.0),
			Map.entry("CROWDED_PLACE", 3.0), Map.entry("GEOLOGICAL", 3.0), Map.entry("HAZCHEM", 2.0),
			Map.entry("FOREST_FIRE", 2.0), Map.entry("OTHER", 1.0));

	private static final Map<Channel, Double> CHANNEL_SHARE = new EnumMap<>(Map.of(Channel.GRID_INSPECTION, 35.0,
			Channel.PUBLIC_TIP, 20.0, Channel.INDUSTRY_INSPECTION, 18.0, Channel.VIDEO_ANALYTICS, 10.0,
			Channel.IOT_ALARM, 7.0, Channel.ENTERPRISE_SELF_REPORT, 7.0, Channel.DUTY_OFFICE, 3.0));

	private final DemoMode demo;

	private final Regions regions;

	private final RoutingRules routing;

	private final StepDeadlines deadlines;

	private final OrderViews views;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int count;

	private String note = "";

	/**
	 * Routes by category, grade and district: the rules are city- or district-wide, so
	 * this is exact here.
	 */
	private final Map<String, String> routes = new HashMap<>();

	HazardDemoData(DemoMode demo, Regions regions, RoutingRules routing, StepDeadlines deadlines, OrderViews views,
			JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, Clock clock,
			@Value("${forewarn.demo.hazard-orders:24000}") int count) {
		this.demo = demo;
		this.regions = regions;
		this.routing = routing;
		this.deadlines = deadlines;
		this.views = views;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.clock = clock;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || !SHENZHEN.equals(regions.city().code()) || count <= 0) {
			return;
		}
		if (loaded()) {
			note = " Hazards: demo year already present";
			return;
		}
		long started = System.nanoTime();
		Instant now = clock.instant();
		Batch batch = generate(now);
		long generated = System.nanoTime();
		Integer written = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(7303)").query((rs, n) -> 1).list();
			if (loaded()) {
				return 0;
			}
			BulkCopy.copy(dataSource,
					"disposal_order (id, code, status, category_code, grade, channel, description, latitude, longitude,"
							+ " address, district_code, street_code, community_code, grid_code, department_code,"
							+ " classifier_category, classifier_confidence, routing_note, verification, resolution,"
							+ " step_started_at, step_deadline, red_at, rectify_deadline, supervision, ever_overdue, opened_at,"
							+ " closed_at, report_count, enterprise_name, enterprise_uscc, last_submitted_by, version)",
					batch.orders);
			BulkCopy.copy(dataSource,
					"hazard_report (id, order_id, channel, tracking_code, reporter_user_id, reporter_name, contact,"
							+ " description, latitude, longitude, address, external_ref, duplicate, received_at, client_address)",
					batch.reports);
			BulkCopy.copy(dataSource,
					"disposal_order_step (order_id, at, action, from_status, to_status, actor, actor_name,"
							+ " department_code, note, photo_ids)",
					batch.steps);
			BulkCopy.copy(dataSource,
					"hazard_supervision (order_id, level, step, step_started_at, raised_at, raised_by, notify_region,"
							+ " notify_department, note)",
					batch.notices);
			jdbc.sql("select setval('disposal_order_number', :n)")
				.param("n", batch.orderCount + 1)
				.query((rs, n) -> 1)
				.list();
			jdbc.sql("insert into hazard_demo_load (version, loaded_at, orders) values (:v, :at, :n)")
				.param("v", VERSION)
				.param("at", Timestamp.from(now))
				.param("n", batch.orderCount)
				.update();
			return batch.orderCount;
		});
		long ms = (System.nanoTime() - started) / 1_000_000;
		log.info("Hazard demo data: {} orders over the past year inserted in {} ms (generating {} ms)", written, ms,
				(generated - started) / 1_000_000);
		note = " Hazards: %d demo orders over the past year (all states) loaded in %d ms".formatted(written, ms);
	}

	@Override
	public String text() {
		return note;
	}

	private boolean loaded() {
		return jdbc.sql("select exists (select 1 from hazard_demo_load where version = :v)")
			.param("v", VERSION)
			.query(Boolean.class)
			.single();
	}

	/** The rows to COPY, as CSV. */
	static final class Batch {

		final StringBuilder orders = new StringBuilder();

		final StringBuilder reports = new StringBuilder();

		final StringBuilder steps = new StringBuilder();

		final StringBuilder notices = new StringBuilder();

		int orderCount;

	}

	Batch generate(Instant now) {
		Random random = new Random(SEED);
		Map<String, List<String>> texts = new HashMap<>();
		for (LabelledText example : TrainingSet.shipped()) {
			texts.computeIfAbsent(example.category(), c -> new ArrayList<>()).add(example.text());
		}
		List<double[]> demoGridPoints = pointsIn(DEMO_GRID, 40, random);
		Batch batch = new Batch();
		for (int i = 0; i < count; i++) {
			Instant opened = now.minus(Duration.ofMinutes((long) (random.nextDouble() * 365 * 24 * 60)));
			double[] point = i < demoGridPoints.size() ? demoGridPoints.get(i) : point(random);
			Placement placement = regions.locate(point[0], point[1]).orElseThrow();
			String category = pick(seasonal(opened), random);
			Channel channel = pick(CHANNEL_SHARE, random);
			Grade grade = random.nextDouble() < 0.04 ? Grade.MAJOR : Grade.GENERAL;
			List<String> pool = texts.getOrDefault(category, List.of());
			String description = pool.isEmpty() ? views.categoryName(category) + "隐患（演示数据）"
					: pool.get(random.nextInt(pool.size()));
			simulate(batch, random, now, opened, i + 1, placement, point, category, grade, channel, description);
		}
		return batch;
	}

	private void simulate(Batch b, Random random, Instant now, Instant opened, int n, Placement placement,
			double[] point, String category, Grade grade, Channel channel, String description) {
		UUID id = UUID.nameUUIDFromBytes(("hazard-demo:" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String code = "YH"
				+ java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd").withZone(StepDeadlines.CHINA).format(opened)
				+ "%06d".formatted(n);
		DisposalOrder.Location location = new DisposalOrder.Location(point[0], point[1], null,
				placement.district().code(), code(placement.street()), code(placement.community()),
				code(placement.grid()));
		String department = "OTHER".equals(category) ? null : routes.computeIfAbsent(
				category + grade + location.districtCode(),
				k -> routing.route(category, grade, location).map(RoutingRules.Route::departmentCode).orElse("-"));
		department = "-".equals(department) ? null : department;
		String districtDuty = views.regionName(location.districtCode()) + "值班员";
		String handler = department == null ? "经办人" : views.departmentName(department) + "经办人";

		Life life = new Life(b, id, now, grade, location);
		boolean queued = department == null || random.nextDouble() < 0.04;
		life.start(opened, queued ? OrderStatus.PENDING_DISPATCH : OrderStatus.DISPATCHED, "report",
				channelActor(channel), channelActorName(channel), null, queued ? "待人工分拨" : "自动派发");
		if (department == null) {
			department = location.districtCode() + "-YJ";
		}
		String routed = department;
		// the dispatcher queue has a backlog: half of the last two days' unclear reports
		// still wait
		boolean backlog = queued && opened.isAfter(now.minus(Duration.ofHours(48))) && random.nextBoolean();
		boolean ok = !queued || !backlog && life.next(hours(random, 2, 0.8), OrderStatus.DISPATCHED, "dispatch", "duty",
				districtDuty, null, "派发至 " + routed);
		if (ok && random.nextDouble() < 0.03) {
			ok = life.next(hours(random, 5, 0.8), OrderStatus.RETURNED, "return", "handler", handler, department,
					"非本部门职责，退回重新分派")
					&& life.next(hours(random, 3, 0.8), OrderStatus.DISPATCHED, "dispatch", "duty", districtDuty, null,
							"改派");
		}
		ok = ok && life.next(hours(random, 4, 1.0), OrderStatus.VERIFYING, "accept", "handler", handler, department,
				null);
		boolean notAHazard = random.nextDouble() < 0.06;
		boolean verified = ok
				&& life.next(hours(random, 20, 0.9), notAHazard ? OrderStatus.REVIEW : OrderStatus.RECTIFYING, "verify",
						"grid", "网格员", null, notAHazard ? "非隐患：现场核查未发现问题" : "现场核查属实，责令整改");
		ok = verified;
		Verification verification = verified ? notAHazard ? Verification.NOT_A_HAZARD : Verification.CONFIRMED : null;
		Instant rectifyDeadline = verified && !notAHazard ? life.deadline : null;
		if (ok && !notAHazard) {
			double median = grade == Grade.MAJOR ? 18 * 24 : 4 * 24;
			ok = life.next(hours(random, median, 0.8), OrderStatus.REVIEW, "submit", "handler", handler, department,
					"整改完成，提交复核");
			if (ok && random.nextDouble() < 0.07) {
				ok = life.next(hours(random, 24, 0.7), OrderStatus.RECTIFYING, "reject", "duty", districtDuty, null,
						"复核不通过：整改不到位")
						&& life.next(hours(random, 72, 0.7), OrderStatus.REVIEW, "submit", "handler", handler,
								department, "再次整改完成");
			}
		}
		Resolution resolution = null;
		if (ok) {
			ok = life.next(hours(random, 24, 0.8), OrderStatus.CLOSED, "approve", "duty", districtDuty, null, "复核通过");
			if (ok) {
				resolution = notAHazard ? Resolution.NOT_A_HAZARD : Resolution.RECTIFIED;
			}
		}
		OrderStatus status = life.status;
		String currentDepartment = status == OrderStatus.PENDING_DISPATCH || status == OrderStatus.RETURNED ? null
				: department;
		Supervision supervision = Supervision.NONE;
		if (status.open() && life.deadline != null && !now.isBefore(life.deadline)) {
			supervision = life.redAt != null && !now.isBefore(life.redAt) ? Supervision.RED : Supervision.YELLOW;
			life.everOverdue = true;
			notice(b, id, "YELLOW", status, life, life.deadline, location.districtCode(), currentDepartment);
			if (supervision == Supervision.RED) {
				notice(b, id, "RED", status, life, life.redAt, SHENZHEN, currentDepartment);
			}
		}
		String tracking = channel == Channel.PUBLIC_TIP ? HazardIntake.trackingCode(random) : null;
		BulkCopy.row(b.orders, id, code, status, category, grade, channel, description, point[0], point[1], null,
				location.districtCode(), location.streetCode(), location.communityCode(), location.gridCode(),
				currentDepartment, channel == Channel.PUBLIC_TIP ? category : null,
				channel == Channel.PUBLIC_TIP ? 0.6 + random.nextDouble() * 0.39 : null, "演示数据", verification,
				resolution, ts(life.stepStarted), ts(status.open() ? life.deadline : null),
				ts(status.open() ? life.redAt : null), ts(rectifyDeadline), supervision, life.everOverdue, ts(opened),
				ts(status == OrderStatus.CLOSED ? life.stepStarted : null), 1, null, null, null, 0);
		BulkCopy.row(b.reports,
				UUID.nameUUIDFromBytes(("hazard-demo-report:" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				id, channel, tracking, null, channelActorName(channel), null, description, point[0], point[1], null,
				null, false, ts(opened), "demo");
		b.steps.append(life.steps);
		b.orderCount++;
	}

	/**
	 * One order's life being simulated: its status and current step, and the timeline
	 * written so far.
	 */
	private final class Life {

		final Batch batch;

		final UUID id;

		final Instant now;

		final Grade grade;

		final DisposalOrder.Location location;

		final StringBuilder steps = new StringBuilder();

		OrderStatus status;

		Instant stepStarted;

		Instant deadline;

		Instant redAt;

		boolean everOverdue;

		Life(Batch batch, UUID id, Instant now, Grade grade, DisposalOrder.Location location) {
			this.batch = batch;
			this.id = id;
			this.now = now;
			this.grade = grade;
			this.location = location;
		}

		void start(Instant at, OrderStatus to, String action, String actor, String actorName, String department,
				String note) {
			status = to;
			enter(at);
			step(at, action, null, to, actor, actorName, department, note);
		}

		/**
		 * Moves on after {@code took}, unless that is after now (then the order stays
		 * where it is).
		 */
		boolean next(Duration took, OrderStatus to, String action, String actor, String actorName, String department,
				String note) {
			Instant at = stepStarted.plus(took);
			if (at.isAfter(now)) {
				return false;
			}
			if (deadline != null && at.isAfter(deadline)) {
				everOverdue = true;
			}
			OrderStatus from = status;
			status = to;
			enter(at);
			step(at, action, from, to, actor, actorName, department, note);
			return true;
		}

		private void enter(Instant at) {
			stepStarted = at;
			DeadlineStep step = status.step();
			if (step == null) {
				deadline = null;
				redAt = null;
				return;
			}
			Deadlines.Due due = deadlines.due(grade, step, at);
			deadline = due.deadline();
			redAt = due.redAt();
		}

		private void step(Instant at, String action, OrderStatus from, OrderStatus to, String actor, String actorName,
				String department, String note) {
			BulkCopy.row(steps, id, ts(at), action, from, to, "demo." + actor, actorName, department, note, "{}");
		}

	}

	private void notice(Batch b, UUID id, String level, OrderStatus status, Life life, Instant at, String region,
			String department) {
		BulkCopy.row(b.notices, id, level, status.step(), ts(life.stepStarted), ts(at), "system", region, department,
				status.chinese() + "环节超期");
	}

	/**
	 * Category shares shifted by season: flooding in the rainy season, forest fire in the
	 * dry one, gas in winter.
	 */
	private static Map<String, Double> seasonal(Instant at) {
		Month month = at.atZone(StepDeadlines.CHINA).getMonth();
		Map<String, Double> shares = new HashMap<>(CATEGORY_SHARE);
		boolean rainy = month.getValue() >= 4 && month.getValue() <= 9;
		shares.put("FLOODING", rainy ? 14.0 : 2.0);
		shares.put("GEOLOGICAL", rainy ? 5.0 : 1.5);
		shares.put("FOREST_FIRE", rainy ? 0.5 : 5.0);
		shares.put("GAS", month.getValue() <= 2 || month.getValue() == 12 ? 13.0 : 8.0);
		return shares;
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

	/**
	 * Points inside one grid (the demo grid worker's), so that their inbox has work on
	 * first start.
	 */
	private List<double[]> pointsIn(String grid, int wanted, Random random) {
		List<double[]> points = new ArrayList<>();
		for (int tries = 0; tries < 400_000 && points.size() < wanted; tries++) {
			double lat = 22.50 + random.nextDouble() * 0.10;
			double lon = 114.00 + random.nextDouble() * 0.11;
			var placement = regions.locate(lat, lon);
			if (placement.isPresent() && placement.get().grid() != null && grid.equals(placement.get().grid().code())) {
				points.add(new double[] { lat, lon });
			}
		}
		return points;
	}

	private static Duration hours(Random random, double median, double sigma) {
		double value = median * Math.exp(sigma * random.nextGaussian());
		return Duration.ofSeconds((long) (Math.max(0.05, value) * 3600));
	}

	private static <K> K pick(Map<K, Double> shares, Random random) {
		double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
		double r = random.nextDouble() * total;
		K last = null;
		for (var e : shares.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
			.toList()) {
			last = e.getKey();
			r -= e.getValue();
			if (r <= 0) {
				return e.getKey();
			}
		}
		return last;
	}

	private static String channelActor(Channel channel) {
		return switch (channel) {
			case PUBLIC_TIP -> "public";
			case VIDEO_ANALYTICS -> "video";
			case IOT_ALARM -> "iot";
			default -> "demo.reporter";
		};
	}

	private static String channelActorName(Channel channel) {
		return switch (channel) {
			case PUBLIC_TIP -> "群众";
			case GRID_INSPECTION -> "网格员";
			case INDUSTRY_INSPECTION -> "行业检查员";
			case ENTERPRISE_SELF_REPORT -> "企业安全员";
			case VIDEO_ANALYTICS -> "视频智能分析";
			case IOT_ALARM -> "物联感知";
			case DUTY_OFFICE -> "值班员";
		};
	}

	private static String code(org.forewarn.region.RegionSummary area) {
		return area == null ? null : area.code();
	}

	private static String ts(Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
