package org.forewarn.hazard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.forewarn.ForewarnApplication;
import org.forewarn.platform.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Disposal-order moves per second with everything a real move does — row lock,
 * authorisation, the order's own rules, timeline, audit record in the hash chain, events,
 * the answer as JSON — against a raw JDBC baseline measured in the same run on the same
 * database: the same UPDATE of the order plus one audit INSERT per move, no checks. Many
 * orders at once, each taken through accept → verify → submit → approve (four moves) by
 * {@code threads} workers. Run:
 * {@code ./mvnw -Pbench -Dconsole.skip test-compile exec:java -Dexec.mainClass=org.forewarn.hazard.DisposalBenchmark}
 * (options -Druns=5 -Dorders=2000 -Dthreads=8). Starts the platform on a fresh embedded
 * database under target/.
 */
public class DisposalBenchmark {

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 5);
		int orders = Integer.getInteger("orders", 2000);
		int threads = Integer.getInteger("threads", 8);
		Path dir = Path.of("target/bench-db/disposal");
		Files.createDirectories(dir);
		ConfigurableApplicationContext context = new SpringApplication(ForewarnApplication.class).run(
				"--forewarn.embedded-db.data-dir=" + dir, "--forewarn.embedded-db.clean=true",
				"--forewarn.demo.enabled=false", "--server.port=0", "--logging.level.root=warn",
				"--forewarn.hazard.supervision-interval=PT10H", "--FOREWARN_LOG_FILE=target/bench-db/disposal.log");
		try {
			HazardIntake intake = context.getBean(HazardIntake.class);
			OrderDesk desk = context.getBean(OrderDesk.class);
			DataSource dataSource = context.getBean(DataSource.class);
			Actor handler = new Actor(UUID.randomUUID(), "bench.handler", "燃气办经办人", Set.of(Role.HANDLER), "440304",
					"440304-RQ");
			Actor dispatcher = new Actor(UUID.randomUUID(), "bench.duty", "福田区值班员", Set.of(Role.DUTY_OFFICER), "440304",
					null);
			double[] ours = new double[runs];
			double[] raw = new double[runs];
			for (int run = 0; run < runs; run++) {
				List<DisposalOrderId> mine = open(intake, orders, run, "a");
				List<DisposalOrderId> baseline = open(intake, orders, run, "b");
				ours[run] = measure(threads, mine, id -> {
					desk.act(id, new OrderCommand.AcceptOrder(), null, handler);
					desk.act(id, new OrderCommand.VerifyOrder(Verification.CONFIRMED, Grade.GENERAL, "属实", List.of()),
							null, handler);
					desk.act(id, new OrderCommand.SubmitRectification("完成", List.of()), null, handler);
					desk.act(id, new OrderCommand.ApproveOrder("通过"), null, dispatcher);
				});
				raw[run] = measure(threads, baseline, id -> {
					for (String status : new String[] { "VERIFYING", "RECTIFYING", "REVIEW", "CLOSED" }) {
						rawMove(dataSource, id, status);
					}
				});
				System.out.printf("run %d: platform %.0f moves/s, raw JDBC %.0f moves/s, ratio %.3f%n", run + 1,
						ours[run], raw[run], ours[run] / raw[run]);
			}
			double[] ratios = new double[runs];
			for (int i = 0; i < runs; i++) {
				ratios[i] = ours[i] / raw[i];
			}
			System.out.printf(
					"%nMEDIAN over %d runs (%d orders x 4 moves, %d threads): platform %.0f moves/s,"
							+ " raw UPDATE + audit INSERT %.0f moves/s, ratio %.3f (target >= 0.5)%n",
					runs, orders, threads, median(ours), median(raw), median(ratios));
		}
		finally {
			context.close();
		}
	}

	interface Work {

		void on(DisposalOrderId id) throws Exception;

	}

	static List<DisposalOrderId> open(HazardIntake intake, int n, int run, String set) {
		List<DisposalOrderId> ids = new ArrayList<>(n);
		Actor reporter = new Actor(UUID.randomUUID(), "bench.grid", "网格员", Set.of(Role.GRID_WORKER), "440304", null);
		for (int i = 0; i < n; i++) {
			// spread over Futian so that no report is a duplicate of another
			double lat = 22.52 + (i % 100) * 0.0006;
			double lon = 114.02 + (i / 100) * 0.0012;
			try {
				var sighting = HazardIntake.Sighting
					.at("基准 " + UUID.randomUUID() + " " + UUID.randomUUID(), lat, lon, null)
					.classed("GAS", Grade.GENERAL);
				ids.add(intake
					.take(HazardIntake.Submission.staffReport(Channel.GRID_INSPECTION, sighting, null), List.of(),
							reporter, Instant.now())
					.orderId());
			}
			catch (ReportRejected outside) {
				// a point at sea: skip it
			}
		}
		return ids;
	}

	static double measure(int threads, List<DisposalOrderId> ids, Work work) throws Exception {
		AtomicInteger next = new AtomicInteger();
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < ids.size()) {
						work.on(ids.get(i));
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		return ids.size() * 4 / seconds;
	}

	static void rawMove(DataSource dataSource, DisposalOrderId id, String status) throws Exception {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement update = c.prepareStatement(
					"update disposal_order set status = ?, closed_at = case when ? = 'CLOSED' then now() end,"
							+ " version = version + 1 where id = ?");
					PreparedStatement audit = c.prepareStatement(
							"""
									insert into audit_event (at, actor, region_code, action, target, outcome, remote_address,
									    details) values (?, 'bench', '440304', 'disposal-order.raw', ?, 'success', null, ?)""")) {
				update.setString(1, status);
				update.setString(2, status);
				update.setObject(3, id.value());
				update.executeUpdate();
				audit.setTimestamp(1, Timestamp.from(Instant.now()));
				audit.setString(2, "disposal-order:" + id);
				audit.setString(3, status);
				audit.executeUpdate();
			}
			c.commit();
		}
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

}
