package org.forewarn.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.plan.PlanContent.Audience;
import org.forewarn.plan.PlanContent.Condition;
import org.forewarn.plan.PlanContent.Duty;
import org.forewarn.plan.PlanContent.Measure;
import org.forewarn.plan.PlanContent.Scenario;
import org.forewarn.plan.Plans.PlanRow;
import org.forewarn.platform.DemoMode;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo plans: the city flood-control plan 深圳市防汛预案 (two published versions; duty list
 * over the city member units and all 11 district 三防 offices; a rainstorm-flood scenario
 * that fits a Level II incident in Longgang), the typhoon and hazardous-chemicals plans
 * and district flood plans under the city plan. Written once, deterministic.
 */
@Component
@Order(80)
class PlanDemoData implements ApplicationRunner {

	static final String CITY_FLOOD = "SZ-FX";

	private final DemoMode demo;

	private final Plans plans;

	private final Regions regions;

	private final Departments departments;

	private final TransactionTemplate tx;

	private final Clock clock;

	PlanDemoData(DemoMode demo, Plans plans, Regions regions, Departments departments, TransactionTemplate tx,
			Clock clock) {
		this.demo = demo;
		this.plans = plans;
		this.regions = regions;
		this.departments = departments;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || plans.codeTaken(CITY_FLOOD)) {
			return;
		}
		tx.executeWithoutResult(s -> load());
	}

	private void load() {
		Instant now = clock.instant();
		String city = regions.city().code();
		UUID flood = plan(CITY_FLOOD, "深圳市防汛预案", "CITY", city, "FLOOD", now);
		PlanContent v1 = cityFlood(city, false);
		publish(flood, 1, v1, "依据《深圳市防汛预案》（2023年修订）录入", now.minusSeconds(86400 * 400));
		publish(flood, 2, cityFlood(city, true), "2025年汛期复盘：增加下穿隧道积水排查和地铁出入口防护措施", now.minusSeconds(86400 * 30));

		UUID typhoon = plan("SZ-FTF", "深圳市防台风预案", "CITY", city, "TYPHOON", now);
		publish(typhoon, 1, typhoonPlan(city), "依据《深圳市防台风预案》录入", now.minusSeconds(86400 * 200));

		UUID chemicals = plan("SZ-WHP", "深圳市危险化学品事故应急预案", "CITY", city, "HAZARDOUS_CHEMICALS", now);
		publish(chemicals, 1, chemicalPlan(city), "依据《深圳市危险化学品事故应急预案》录入", now.minusSeconds(86400 * 200));

		for (RegionSummary district : regions.children(city)) {
			if (!List.of("440307", "440305", "440304").contains(district.code())) {
				continue;
			}
			UUID id = plan("SZ-FX-" + district.code(), district.name() + "防汛预案", "DISTRICT", district.code(), "FLOOD",
					now);
			publish(id, 1, districtFlood(district), "依据" + district.name() + "防汛预案录入", now.minusSeconds(86400 * 100));
			plans.setReferences(id, java.util.Set.of(flood));
		}
		plans.setReferences(typhoon, java.util.Set.of(flood));
	}

	private UUID plan(String code, String name, String level, String region, String category, Instant now) {
		UUID id = UUID.nameUUIDFromBytes(("plan:" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		plans.insertPlan(new PlanRow(id, code, name, level, region, category, "demo", now));
		return id;
	}

	private void publish(UUID plan, int number, PlanContent content, String reason, Instant at) {
		UUID id = UUID.nameUUIDFromBytes(
				("plan-version:" + plan + ":" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		plans.insertVersion(id, plan, number, content, reason, null, "duty.city", at);
		plans.submit(id, "duty.city", at);
		plans.publish(plan, id, "admin", at);
	}

	private String name(String code) {
		return departments.find(code).map(DepartmentSummary::name).orElse(code);
	}

	private Duty duty(String code, String... duties) {
		return new Duty(code, name(code), List.of(duties));
	}

	static Condition condition(String kind, String label, Integer minDistricts, String... values) {
		return new Condition(kind, List.of(values), minDistricts, label);
	}

	static Measure measure(String scenario, ResponseLevel level, String unit, String task, int minutes,
			List<String> resources, Audience audience) {
		return new Measure(scenario, level, unit, task, minutes, resources, audience);
	}

	PlanContent cityFlood(String city, boolean revised) {
		List<Duty> duties = new ArrayList<>();
		duties.add(duty(city + "-YJ", "承担市三防指挥部办公室日常工作", "组织协调防汛抢险和应急救援", "汇总上报汛情灾情"));
		duties.add(duty(city + "-SW", "负责水情监测和洪水预报", "组织水库、河道、堤防巡查和险情处置", "指导城市排涝"));
		duties.add(duty(city + "-QX", "负责暴雨监测预报和预警信号发布", "提供滚动天气预报"));
		duties.add(duty(city + "-GZ", "负责地质灾害隐患巡查和监测预警", "指导危险边坡人员转移"));
		duties.add(duty(city + "-ZJ", "负责在建工地、危房防汛安全", "督促工地停工和人员撤离"));
		duties.add(duty(city + "-JT", "负责道路、隧道、公交防汛安全", "组织应急运输保障"));
		duties.add(duty(city + "-CG", "负责市政排水设施、户外广告牌、树木防护"));
		duties.add(duty(city + "-GA", "负责交通管制和治安维护", "协助危险区域群众转移"));
		duties.add(duty(city + "-XF", "负责抢险救援和被困人员营救"));
		duties.add(duty(city + "-WJ", "负责医疗救治和卫生防疫"));
		duties.add(duty(city + "-JY", "负责学校防汛安全和停课安排"));
		duties.add(duty(city + "-MZ", "负责受灾群众基本生活救助", "管理避难场所"));
		duties.add(duty(city + "-GX", "负责工业企业防汛安全"));
		duties.add(duty(city + "-TX", "负责应急通信保障"));
		duties.add(duty(city + "-DL", "负责电力设施抢修和供电保障"));
		duties.add(duty(city + "-FG", "负责救灾物资储备和价格稳定"));
		duties.add(duty(city + "-CZ", "负责防汛抢险救灾资金保障"));
		duties.add(duty(city + "-WT", "负责旅游景区和文体场馆防汛安全"));
		duties.add(duty(city + "-SHW", "负责生活必需品市场供应"));
		duties.add(duty(city + "-RQ", "负责燃气设施防汛安全"));
		for (RegionSummary district : regions.children(city)) {
			duties.add(duty(district.code() + "-YJ", "组织本区防汛工作，落实区三防指挥部部署", "组织本区危险区域人员转移和安置"));
		}
		List<Scenario> scenarios = new ArrayList<>();
		scenarios.add(new Scenario("RAINSTORM_FLOOD", "暴雨洪涝灾害",
				List.of(condition("TYPE", "事件类型为水旱灾害（暴雨洪涝）", null, "0101"),
						condition("LEVEL", "事件级别达到Ⅲ级及以上", null, "III"),
						condition("ALARM", "3小时降雨≥100毫米的区≥2个", 2, "RAINSTORM_RED"))));
		scenarios.add(new Scenario("RESERVOIR_DANGER", "水库险情", List.of(condition("TYPE", "事件类型为水旱灾害", null, "0101"),
				condition("ALARM", "水库水位超设计洪水位", 1, "LEVEL_OVER_DESIGN"))));
		scenarios.add(new Scenario("GEO_HAZARD", "强降雨引发地质灾害", List.of(condition("TYPE", "事件类型为地质灾害", null, "0104"))));
		Audience reservoirRiver = new Audience(List.of("RESPONSIBLE_PERSON"), List.of("RESERVOIR_ADMINISTRATIVE",
				"RESERVOIR_TECHNICAL", "RESERVOIR_PATROL", "RIVER_ADMINISTRATIVE", "RIVER_TECHNICAL", "RIVER_PATROL"));
		Audience everyone = new Audience(List.of("RESPONSIBLE_PERSON"), List.of());
		List<Measure> measures = new ArrayList<>();
		String s = "RAINSTORM_FLOOD";
		measures.add(measure(s, ResponseLevel.IV, city + "-SW", "加密水情监测，每小时报送水库河道水位", 60, List.of(), null));
		measures.add(measure(s, ResponseLevel.IV, city + "-QX", "发布逐小时滚动天气预报", 60, List.of(), null));
		measures.add(measure(s, ResponseLevel.IV, "*-YJ", "事发区三防办启动区级应急响应并报告", 30, List.of(), null));
		measures.add(measure(s, ResponseLevel.III, "*-SW", "组织水库、河道责任人上岗巡查", 60, List.of(), reservoirRiver));
		measures.add(measure(s, ResponseLevel.III, city + "-ZJ", "督促在建工地停止户外作业并撤离危险区域人员", 120, List.of(), null));
		measures.add(measure(s, ResponseLevel.III, city + "-CG", "启动排水设施应急排涝", 60, List.of("排涝泵车"), null));
		measures
			.add(measure(s, ResponseLevel.II, city + "-XF", "向事发区预置抢险救援力量", 60, List.of("冲锋舟", "排涝车", "救援队伍"), null));
		measures
			.add(measure(s, ResponseLevel.II, city + "-MZ", "开放避难场所，保障转移群众基本生活", 120, List.of("避难场所", "救灾物资"), null));
		measures.add(measure(s, ResponseLevel.II, city + "-GA", "对积水路段和危险区域实施交通管制", 60, List.of(), null));
		measures.add(measure(s, ResponseLevel.II, city + "-JY", "通知事发区学校停课", 180, List.of(), null));
		measures.add(measure(s, ResponseLevel.II, city + "-WJ", "派出医疗队伍待命", 90, List.of("医疗队"), null));
		measures.add(measure(s, ResponseLevel.I, city + "-YJ", "提请市政府启动全市Ⅰ级响应，统一指挥", 30, List.of(), null));
		measures.add(measure(s, ResponseLevel.I, "*-YJ", "组织危险区域全部人员转移，通知全体三防责任人到岗", 60, List.of(), everyone));
		measures.add(measure(s, ResponseLevel.I, city + "-DL", "保障重要用户供电，组织抢修", 120, List.of("应急发电车"), null));
		measures.add(measure(s, ResponseLevel.I, city + "-TX", "保障应急通信畅通", 120, List.of("应急通信车"), null));
		if (revised) {
			measures.add(measure(s, ResponseLevel.III, city + "-JT", "排查下穿隧道积水点，必要时封闭", 60, List.of("排涝泵车"), null));
			measures.add(measure(s, ResponseLevel.II, city + "-JT", "地铁出入口设置挡水板，必要时停运", 90, List.of("挡水板"), null));
		}
		String r = "RESERVOIR_DANGER";
		measures.add(measure(r, ResponseLevel.III, city + "-SW", "派出水库专家组赴现场，组织泄洪", 60, List.of("专家"), null));
		measures.add(measure(r, ResponseLevel.III, "*-YJ", "转移水库下游危险区域人员", 60, List.of(), reservoirRiver));
		measures.add(measure(r, ResponseLevel.II, city + "-XF", "预置抢险队伍和物资于坝下", 60, List.of("救援队伍", "沙袋"), null));
		String g = "GEO_HAZARD";
		measures.add(measure(g, ResponseLevel.IV, city + "-GZ", "组织地质灾害隐患点巡查", 60, List.of(), null));
		measures.add(measure(g, ResponseLevel.III, "*-YJ", "转移危险边坡周边人员", 60, List.of(), null));
		return new PlanContent(duties, scenarios, measures);
	}

	private PlanContent typhoonPlan(String city) {
		List<Duty> duties = List.of(duty(city + "-YJ", "组织防台风工作"), duty(city + "-QX", "台风监测预报"),
				duty(city + "-SW", "风暴潮和水情监测"), duty(city + "-JT", "港口船舶回港避风"), duty(city + "-CG", "户外广告牌和树木加固"),
				duty(city + "-MZ", "避难场所开放"));
		List<Scenario> scenarios = List
			.of(new Scenario("TYPHOON", "台风登陆或严重影响", List.of(condition("TYPE", "事件类型为台风", null, "010201"))));
		List<Measure> measures = List.of(
				measure("TYPHOON", ResponseLevel.IV, city + "-QX", "每3小时发布台风路径预报", 60, List.of(), null),
				measure("TYPHOON", ResponseLevel.III, city + "-JT", "组织船舶回港避风", 180, List.of(), null),
				measure("TYPHOON", ResponseLevel.II, city + "-MZ", "开放全部避难场所", 120, List.of("避难场所"), null));
		return new PlanContent(duties, scenarios, measures);
	}

	private PlanContent chemicalPlan(String city) {
		List<Duty> duties = List.of(duty(city + "-YJ", "危险化学品事故应急救援组织协调"), duty(city + "-XF", "泄漏控制和灭火救援"),
				duty(city + "-HJ", "环境应急监测"), duty(city + "-WJ", "伤员救治"), duty(city + "-GA", "警戒和疏散"));
		List<Scenario> scenarios = List.of(new Scenario("CHEMICAL_LEAK", "危险化学品泄漏（邻近居民区）",
				List.of(condition("TYPE", "事件类型为危险化学品事故", null, "020102"))));
		List<Measure> measures = List.of(
				measure("CHEMICAL_LEAK", ResponseLevel.IV, city + "-XF", "处置泄漏源，设置警戒区", 30, List.of("危化品救援队"), null),
				measure("CHEMICAL_LEAK", ResponseLevel.IV, city + "-HJ", "开展下风向大气监测", 60, List.of("环境监测车"), null),
				measure("CHEMICAL_LEAK", ResponseLevel.III, city + "-GA", "疏散下风向500米内居民", 60, List.of(), null));
		return new PlanContent(duties, scenarios, measures);
	}

	private PlanContent districtFlood(RegionSummary district) {
		String d = district.code();
		List<Duty> duties = List.of(duty(d + "-YJ", "组织本区防汛工作"), duty(d + "-SW", "本区水库河道巡查"),
				duty(d + "-ZJ", "本区在建工地防汛"), duty(d + "-GA", "本区交通管制"));
		List<Scenario> scenarios = List.of(new Scenario("RAINSTORM_FLOOD", district.name() + "暴雨洪涝",
				List.of(condition("TYPE", "事件类型为水旱灾害（暴雨洪涝）", null, "0101"),
						condition("AREA", "事发地在" + district.name(), null, d))));
		List<Measure> measures = List.of(
				measure("RAINSTORM_FLOOD", ResponseLevel.IV, d + "-SW", "组织本区水库河道巡查", 60, List.of(), null),
				measure("RAINSTORM_FLOOD", ResponseLevel.III, d + "-ZJ", "本区工地停工撤人", 120, List.of(), null),
				measure("RAINSTORM_FLOOD", ResponseLevel.II, d + "-GA", "积水路段交通管制", 60, List.of(), null));
		return new PlanContent(duties, scenarios, measures);
	}

}
