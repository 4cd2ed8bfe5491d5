package org.forewarn.enterprise;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * The holographic profile 企业全息档案: everything linked to one enterprise in one answer — the
 * registry entry, the risk score with each factor's contribution and the score's history,
 * counts per kind of fact, the facts grouped by kind and as one timeline. Reads one
 * enterprise's rows by index only (see {@code V80__enterprise.sql}).
 */
@Service
class Profiles {

	static final int TIMELINE = 300;

	record FactView(String kind, String kindName, String reference, String title, String status, boolean open,
			int severity, Instant at, Instant dueAt, boolean overdue, String link, String detail) {
	}

	record FactCounts(long total, long open, long overdue) {
	}

	record Risk(int score, String level, List<RiskModel.Factor> factors, List<RiskDesk.RiskChange> history) {
	}

	record EnterpriseProfile(EnterpriseController.EnterpriseView enterprise, Risk risk, Map<String, FactCounts> counts,
			Map<String, List<FactView>> sections, List<FactView> timeline, List<Reminder> reminders,
			String publicPath) {
	}

	/** Something the enterprise must do by a date (or has missed). */
	record Reminder(String kind, String title, Instant due, boolean overdue, String reference, String link) {
	}

	private final Facts facts;

	private final RiskDesk risk;

	private final RegisteredEnterprises registry;

	private final Clock clock;

	Profiles(Facts facts, RiskDesk risk, RegisteredEnterprises registry, Clock clock) {
		this.facts = facts;
		this.risk = risk;
		this.registry = registry;
		this.clock = clock;
	}

	EnterpriseProfile of(Enterprise e, EnterpriseController.EnterpriseView view) {
		Instant now = clock.instant();
		List<FactView> timeline = facts.of(e.code(), TIMELINE).stream().map(f -> view(f, now)).toList();
		Map<String, List<FactView>> sections = new LinkedHashMap<>();
		for (LinkedKind kind : LinkedKind.values()) {
			sections.put(kind.name(), new ArrayList<>());
		}
		timeline.forEach(f -> sections.get(f.kind()).add(f));
		Map<String, FactCounts> counts = new LinkedHashMap<>();
		facts.counts(e.code(), now).forEach((kind, c) -> counts.put(kind, new FactCounts(c[0], c[1], c[2])));
		Risk r = new Risk(e.riskScore(), e.riskLevel(), registry.riskFactors(e.code()), risk.history(e.code(), 30));
		return new EnterpriseProfile(view, r, counts, sections, timeline.subList(0, Math.min(100, timeline.size())),
				reminders(e, now), "/public/enterprises/" + e.publicCode());
	}

	static FactView view(Facts.Fact f, Instant now) {
		boolean overdue = f.dueAt() != null && f.dueAt().isBefore(now)
				&& (f.open() || f.kind() == LinkedKind.CERTIFICATE);
		return new FactView(f.kind().name(), f.kind().zh, f.reference(), f.title(), f.status(), f.open(), f.severity(),
				f.at(), f.dueAt(), overdue, f.link(), f.detail());
	}

	/**
	 * Reminders: certificates expiring within 60 days (or expired), open orders and cases
	 * with their deadlines, warnings in force over the site, the yearly risk assessment,
	 * and the next inspection by risk level (red monthly, orange quarterly, yellow
	 * half-yearly, blue yearly after the last one).
	 */
	List<Reminder> reminders(Enterprise e, Instant now) {
		List<Reminder> reminders = new ArrayList<>();
		for (Facts.Fact f : facts.due(e.code(), now.plus(Duration.ofDays(60)))) {
			String title = switch (f.kind()) {
				case CERTIFICATE -> (f.dueAt().isBefore(now) ? "证照已过期：" : "证照即将到期：") + f.title();
				case WARNING -> "预警生效中：" + f.title();
				case HAZARD -> "隐患整改期限：" + f.title();
				case RISK_ASSESSMENT -> "年度风险评估到期";
				default -> f.kind().zh + "期限：" + (f.title() == null ? f.reference() : f.title());
			};
			reminders.add(new Reminder(f.kind().name(), title, f.dueAt(),
					f.dueAt().isBefore(now) && f.kind() != LinkedKind.WARNING, f.reference(), f.link()));
		}
		Set<LinkedKind> inspections = EnumSet.of(LinkedKind.INSPECTION);
		Instant last = facts.of(e.code(), inspections, 1).stream().map(Facts.Fact::at).findFirst().orElse(null);
		Duration interval = switch (e.riskLevel()) {
			case "RED" -> Duration.ofDays(30);
			case "ORANGE" -> Duration.ofDays(91);
			case "YELLOW" -> Duration.ofDays(182);
			default -> Duration.ofDays(365);
		};
		Instant next = last == null ? now : last.plus(interval);
		if (next.isBefore(now.plus(Duration.ofDays(30)))) {
			String level = switch (e.riskLevel()) {
				case "RED" -> "红色，每月";
				case "ORANGE" -> "橙色，每季度";
				case "YELLOW" -> "黄色，每半年";
				default -> "蓝色，每年";
			};
			reminders.add(new Reminder("INSPECTION_DUE", "按风险等级（" + level + "）应接受检查" + (last == null ? "：尚无检查记录" : ""),
					next, next.isBefore(now), null, null));
		}
		reminders.sort(java.util.Comparator.comparing(Reminder::due));
		return reminders;
	}

}
