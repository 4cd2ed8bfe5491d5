package org.forewarn.enforcement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.forewarn.hazard.Grade;
import org.forewarn.platform.DemoMode;
import org.forewarn.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few demo inspections and cases over demo enterprises of Futian (demo mode only,
 * once): an inspection plan with its due inspections, a clean inspection, an inspection
 * whose finding went to the hazard loop and opened a case that is now under review with
 * evidence and a consultation, and a case decided with a fine and an accident
 * investigation. They go through the same desks as the API, as the demo inspectors, so
 * every record is audited and on the profile.
 */
@Component
@Order(90)
class EnforcementDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EnforcementDemoData.class);

	private final DemoMode demo;

	private final JdbcClient jdbc;

	private final InspectionDesk inspections;

	private final CaseDesk cases;

	private final InvestigationDesk investigations;

	private final InspectionPlanDesk plans;

	private final Clock clock;

	EnforcementDemoData(DemoMode demo, JdbcClient jdbc, InspectionDesk inspections, CaseDesk cases,
			InvestigationDesk investigations, InspectionPlanDesk plans, Clock clock) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.inspections = inspections;
		this.cases = cases;
		this.investigations = investigations;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()
				|| jdbc.sql("select exists (select 1 from inspection_plan)").query(Boolean.class).single()) {
			return;
		}
		List<String> futian = jdbc.sql("""
				select uscc from enterprise where district_code = '440304' and latitude is not null
				and '440304-YJ' = any(regulator_codes) order by uscc limit 3""").query(String.class).list();
		if (futian.size() < 3) {
			log.info("Enforcement demo data skipped: no demo enterprises regulated by 440304-YJ");
			return;
		}
		Officer inspector = officer("inspector.futian", "福田区应急局执法员", "440304-YJ");
		Officer reviewer = officer("handler.gas.futian", "福田区燃气办经办人", "440304-RQ");
		try {
			var plan = plans.create(new InspectionPlanDesk.Planning("2026年福田区红橙风险企业检查", "440304", null, null,
					List.of("RED", "ORANGE"), List.of("福田区应急局执法员"), null), inspector);
			plans.generate(plan.id(), 30, inspector);

			inspections.record(new InspectionDesk.InspectionSubmission(futian.get(0),
					clock.instant().minus(Duration.ofDays(3)), List.of("福田区应急局执法员", "王检查"), null, null, null,
					"各项检查符合要求", null,
					List.of(new InspectionDesk.ItemAnswer("GEN-01", Inspections.Result.PASS, null),
							new InspectionDesk.ItemAnswer("GEN-07", Inspections.Result.PASS, null),
							new InspectionDesk.ItemAnswer("GEN-08", Inspections.Result.PASS, null)),
					List.of(), null), inspector, null);

			var found = inspections.record(
					new InspectionDesk.InspectionSubmission(futian.get(1), clock.instant().minus(Duration.ofDays(2)),
							List.of("福田区应急局执法员", "李检查"), null, null, null, "发现问题两项，责令改正并立案", null,
							List.of(new InspectionDesk.ItemAnswer("GEN-01", Inspections.Result.PASS, null),
									new InspectionDesk.ItemAnswer("GEN-05", Inspections.Result.FAIL, "灭火器过期未检测"),
									new InspectionDesk.ItemAnswer("GEN-07", Inspections.Result.FAIL, "安全出口堵塞")),
							List.of(new InspectionDesk.FindingInput("二楼安全出口被成品货物堵塞，疏散通道不畅", "GEN-07", "FIRE",
									Grade.GENERAL, List.of(), true, true),
									new InspectionDesk.FindingInput("车间灭火器超过检测有效期", "GEN-05", "FIRE", Grade.GENERAL,
											List.of(), true, false)),
							"未保持安全出口畅通"),
					inspector, null);
			CaseCode code = CaseCode.parse(found.inspection().caseCode());
			cases.move(code, new CaseCommand.Investigate(null), inspector);
			cases.addEvidence(code, Uploads.EvidenceKind.DOCUMENT,
					() -> Uploads.check("%PDF-1.4\n% 现场检查笔录（演示）\n".getBytes(StandardCharsets.UTF_8), "现场检查笔录.pdf",
							Uploads.EvidenceKind.DOCUMENT, "file"),
					"现场检查笔录", inspector);
			cases.consult(code, new CaseDesk.Consulting(List.of("张教授（消防工程）", "刘高工"), "违法事实清楚，建议依《安全生产法》第九十九条处罚", null),
					inspector);
			cases.move(code, new CaseCommand.Submit("调查终结，提请审核"), inspector);

			var filed = cases.file(new CaseDesk.Filing(futian.get(2), "未按规定对安全设备进行经常性维护、保养和定期检测", "举报核实", null, null),
					inspector, null);
			cases.move(filed.code(), new CaseCommand.Investigate(null), inspector);
			cases.addEvidence(filed.code(), Uploads.EvidenceKind.DOCUMENT,
					() -> Uploads.check("%PDF-1.4\n% 询问笔录（演示）\n".getBytes(StandardCharsets.UTF_8), "询问笔录.pdf",
							Uploads.EvidenceKind.DOCUMENT, "file"),
					"询问笔录", inspector);
			cases.move(filed.code(), new CaseCommand.Submit(null), inspector);
			cases.move(filed.code(), new CaseCommand.Approve("同意"), reviewer);
			cases.move(filed.code(),
					new CaseCommand.Decide(PenaltyType.FINE, new BigDecimal("30000"), "《安全生产法》第九十九条", null), reviewer);
			investigations.open(new InvestigationDesk.Opening(null, "车间叉车碰撞致一人轻伤",
					clock.instant().minus(Duration.ofDays(10)), 0, 1, "叉车倒车时碰撞作业人员", filed.code().value()), inspector);
			log.info("Enforcement demo data: a plan, 2 inspections, 2 cases ({} under review, {} decided)", code,
					filed.code());
		}
		catch (RuntimeException e) {
			log.warn("Enforcement demo data incomplete: {}", e.getMessage());
		}
	}

	private static Officer officer(String username, String name, String department) {
		return new Officer(UUID.nameUUIDFromBytes(("user:" + username).getBytes(StandardCharsets.UTF_8)), username,
				name, EnumSet.of(Role.INSPECTOR), department.substring(0, 6), department);
	}

}
