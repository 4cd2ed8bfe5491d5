package org.forewarn.enterprise;

import java.sql.Timestamp;

import org.forewarn.hazard.DisposalOrderClosed;
import org.forewarn.hazard.DisposalOrderOpened;
import org.forewarn.hazard.DisposalOrderSupervised;
import org.forewarn.hazard.Grade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The hazard loop's disposal orders of an enterprise (reports that name its USCC, its own
 * self-reports) become facts on its profile: open when opened, overdue when supervision
 * is raised for a late step, closed when closed — each change recalculating the risk
 * score. Orders naming an unregistered USCC are left out.
 */
@Component
class HazardFacts {

	private static final Logger log = LoggerFactory.getLogger(HazardFacts.class);

	private final FactIntake intake;

	private final RegisteredEnterprises registry;

	private final JdbcClient jdbc;

	HazardFacts(FactIntake intake, RegisteredEnterprises registry, JdbcClient jdbc) {
		this.intake = intake;
		this.registry = registry;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(DisposalOrderOpened event) {
		String uscc = known(event.enterpriseUscc());
		if (uscc == null) {
			return;
		}
		intake.link(new Facts.Fact(LinkedKind.HAZARD, event.code(), uscc,
				"隐患处置单 " + event.code() + "（" + event.categoryCode() + "，"
						+ (event.grade() == Grade.MAJOR ? "重大" : "一般") + "，" + event.channel() + "）",
				"OPEN", true, event.grade() == Grade.MAJOR ? 2 : 1, event.at(), null,
				"/hazards/orders/" + event.id().value(), null));
	}

	@ApplicationModuleListener
	void on(DisposalOrderClosed event) {
		String uscc = known(event.enterpriseUscc());
		if (uscc == null) {
			return;
		}
		var existing = facts(event.code());
		intake.link(new Facts.Fact(LinkedKind.HAZARD, event.code(), uscc,
				existing == null ? "隐患处置单 " + event.code() : existing.title(), event.rectified() ? "CLOSED" : "CLOSED",
				false, event.grade() == Grade.MAJOR ? 2 : 1, existing == null ? event.at() : existing.at(),
				existing == null ? null : existing.dueAt(), "/hazards/orders/" + event.id().value(), null));
	}

	/**
	 * A late step: the enterprise's order counts as overdue from now on (until it is
	 * closed).
	 */
	@ApplicationModuleListener
	void on(DisposalOrderSupervised event) {
		var existing = facts(event.code());
		if (existing == null || !existing.open() || existing.dueAt() != null || "MANUAL".equals(event.level())) {
			return;
		}
		intake.link(new Facts.Fact(existing.kind(), existing.reference(), existing.uscc(), existing.title(), "OVERDUE",
				true, existing.severity(), existing.at(), event.at(), existing.link(), existing.detail()));
	}

	private Facts.Fact facts(String code) {
		return jdbc.sql("select " + Facts.COLUMNS + " from enterprise_fact where kind = 'HAZARD' and reference = :r")
			.param("r", code)
			.query(Facts::map)
			.optional()
			.orElse(null);
	}

	private String known(String uscc) {
		if (uscc == null || uscc.isBlank()) {
			return null;
		}
		String code = Uscc.normalise(uscc);
		if (registry.byUscc(code).isEmpty()) {
			log.debug("disposal order names unregistered enterprise {}", code);
			return null;
		}
		return code;
	}

	static Timestamp ts(java.time.Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
