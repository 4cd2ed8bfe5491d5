package org.forewarn.enterprise;

import org.forewarn.platform.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What anybody who scans an enterprise code sees, without logging in: name, address,
 * industry, risk level and the open public notices (warnings in force over the site,
 * penalty decisions of the last year — both public by law). No person, no phone number,
 * no score breakdown.
 */
@RestController
class PublicEnterpriseController {

	record PublicNotice(String kind, String kindName, String title, Instant at, Instant until) {
	}

	record PublicEnterprise(String code, String uscc, String name, String address, String industryName,
			String districtName, String riskLevel, List<PublicNotice> notices) {
	}

	private final RegisteredEnterprises registry;

	private final EnterpriseController views;

	private final Facts facts;

	private final Clock clock;

	PublicEnterpriseController(RegisteredEnterprises registry, EnterpriseController views, Facts facts, Clock clock) {
		this.registry = registry;
		this.views = views;
		this.facts = facts;
		this.clock = clock;
	}

	@GetMapping("/api/public/enterprises/{code}")
	PublicEnterprise enterprise(@PathVariable String code) {
		if (code.length() > 40) {
			throw new EnterpriseRejected(Refusal.INVALID, "code", "An enterprise code has at most 40 characters.");
		}
		Enterprise e = registry.byPublicCode(Uscc.normalise(code))
			.orElseThrow(
					() -> new EnterpriseRejected(Refusal.NOT_FOUND, "code", "没有此企业码。No enterprise has this code."));
		var view = views.view(e, true);
		Instant now = clock.instant();
		List<PublicNotice> notices = facts.publicNotices(e.code(), now.minus(Duration.ofDays(365)))
			.stream()
			.map(f -> new PublicNotice(f.kind().name(), f.kind().zh,
					// penalty titles are written by inspectors and may name people: the
					// public sees kind and date only
					f.kind() == LinkedKind.WARNING ? f.title() : "行政处罚决定（依法公示）", f.at(), f.dueAt()))
			.toList();
		return new PublicEnterprise(e.publicCode(), e.code(), e.name(), e.address(), view.business().industryName(),
				view.site().districtName(), e.riskLevel(), notices);
	}

}
