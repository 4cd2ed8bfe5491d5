package org.forewarn.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The quantified risk score 风险量化 of an enterprise: the sum of named factors, each with
 * its points, its cap and the count behind it, so anybody can see why an enterprise is
 * red (no black box). 0–100; level RED ≥ 50, ORANGE ≥ 35, YELLOW ≥ 15, else BLUE. Pure:
 * the demo data, the live recalculation and the tests use the same function.
 */
final class RiskModel {

	static final int RED = 50;
	static final int ORANGE = 35;
	static final int YELLOW = 15;

	private RiskModel() {
	}

	/**
	 * What the score is computed from.
	 *
	 * @param openHazards open disposal orders of the enterprise (major ones counted again
	 * in {@code majorHazards})
	 * @param overdue open orders, cases or rectifications past their deadline
	 * @param violations enforcement cases and penalties of the last two years,
	 * {@code violationSeverity} their summed severity (0–3 each)
	 * @param accidents accident investigations and incidents of the last three years,
	 * with summed severity
	 * @param inspectionFindings summed severity of last year's inspection findings
	 */
	record Inputs(int industryPoints, String industryName, Scale scale, Set<KeyCategory> keyCategories, int openHazards,
			int majorHazards, int overdue, int violations, int violationSeverity, int accidents, int accidentSeverity,
			int inspectionFindings, int expiredCertificates, int activeAlarms) {
	}

	/**
	 * One factor: its code, its name (zh/en), what was counted and the points it adds
	 * (already capped).
	 */
	record Factor(String code, String nameZh, String nameEn, int count, int points, int cap, String basis) {
	}

	record Score(int score, String level, List<Factor> factors) {
	}

	static Score score(Inputs in) {
		List<Factor> factors = new ArrayList<>();
		factors.add(new Factor("INDUSTRY", "行业固有风险", "Industry", 1, Math.min(20, in.industryPoints()), 20,
				in.industryName() + "：" + in.industryPoints() + " 分"));
		factors.add(new Factor("SCALE", "企业规模", "Scale", 1, in.scale().points, 8,
				in.scale().zh + "：" + in.scale().points + " 分"));
		int categoryPoints = in.keyCategories().stream().mapToInt(k -> k.points).sum();
		factors.add(new Factor("KEY_CATEGORIES", "重点类别", "Key categories", in.keyCategories().size(),
				Math.min(20, categoryPoints), 20, in.keyCategories().isEmpty() ? "无"
						: String.join("、", in.keyCategories().stream().map(k -> k.zh + " " + k.points).toList())));
		int hazardPoints = 3 * (in.openHazards() - in.majorHazards()) + 8 * in.majorHazards();
		factors.add(new Factor("OPEN_HAZARDS", "未闭环隐患", "Open hazards", in.openHazards(), Math.min(20, hazardPoints),
				20, "一般隐患 3 分/项，重大隐患 8 分/项"));
		factors.add(new Factor("OVERDUE", "逾期未整改", "Overdue orders", in.overdue(), Math.min(20, 5 * in.overdue()), 20,
				"5 分/项"));
		factors.add(new Factor("VIOLATIONS", "违法违规（近两年）", "Violations (2 years)", in.violations(),
				Math.min(20, 2 * in.violations() + 3 * in.violationSeverity()), 20, "2 分/件 + 3 分 × 严重程度"));
		factors.add(new Factor("ACCIDENTS", "事故（近三年）", "Accidents (3 years)", in.accidents(),
				Math.min(25, 5 * in.accidents() + 5 * in.accidentSeverity()), 25, "5 分/起 + 5 分 × 严重程度"));
		factors.add(new Factor("INSPECTION_FINDINGS", "检查发现问题（近一年）", "Inspection findings (1 year)",
				in.inspectionFindings(), Math.min(10, 2 * in.inspectionFindings()), 10, "2 分 × 严重程度"));
		factors.add(new Factor("EXPIRED_CERTIFICATES", "证照过期", "Expired certificates", in.expiredCertificates(),
				Math.min(9, 3 * in.expiredCertificates()), 9, "3 分/张"));
		factors.add(new Factor("ACTIVE_ALARMS", "现场监测告警", "Active alarms at the site", in.activeAlarms(),
				Math.min(9, 3 * in.activeAlarms()), 9, "3 分/条"));
		int total = Math.min(100, factors.stream().mapToInt(Factor::points).sum());
		return new Score(total, level(total), List.copyOf(factors));
	}

	static String level(int score) {
		return score >= RED ? "RED" : score >= ORANGE ? "ORANGE" : score >= YELLOW ? "YELLOW" : "BLUE";
	}

}
