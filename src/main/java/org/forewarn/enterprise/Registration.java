package org.forewarn.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.Placement;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers enterprises: checks every field of a draft (the USCC's format and check
 * digit, the industry against GB/T 4754, the site inside the city and inside the caller's
 * area, scale, key categories, contacts' phone numbers), places the site in its district,
 * street, community and grid, finds the regulating member units of the industry in that
 * district, and computes the first risk score. One draft at a time (the API) or many (the
 * import).
 */
@Service
class Registration {

	/** What a caller sends; strings as typed, so that every problem can be named. */
	record Draft(String uscc, String name, String industryCode, String address, Double latitude, Double longitude,
			String scale, List<String> keyCategories, List<Enterprise.EnterpriseContact> contacts) {
	}

	/** The checked enterprise, or the problems of the draft. */
	record Checked(Enterprise enterprise, List<EnterpriseRejected.FieldProblem> problems) {

		boolean valid() {
			return problems.isEmpty();
		}
	}

	static final String MOBILE = "1[3-9]\\d{9}";
	static final String LANDLINE = "0\\d{2,3}-?\\d{7,8}";

	private final RegisteredEnterprises registry;

	private final Industries industries;

	private final Regions regions;

	private final Departments departments;

	private final Territory territory;

	private final RiskDesk risk;

	private final AuditTrail audit;

	private final Clock clock;

	Registration(RegisteredEnterprises registry, Industries industries, Regions regions, Departments departments,
			Territory territory, RiskDesk risk, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.industries = industries;
		this.regions = regions;
		this.departments = departments;
		this.territory = territory;
		this.risk = risk;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers one enterprise: 422 naming every bad field, 403 outside the caller's
	 * area, 409 for a known USCC.
	 */
	@Transactional
	Enterprise register(CurrentUser user, Draft draft) {
		Checked checked = check(user, draft, clock.instant());
		if (!checked.valid()) {
			if (checked.problems().stream().anyMatch(p -> p.field().equals("jurisdiction"))) {
				throw new OutsideJurisdiction("the site of " + draft.name());
			}
			throw new EnterpriseRejected(Refusal.UNPROCESSABLE, checked.problems());
		}
		Enterprise e = checked.enterprise();
		if (!registry.insert(e)) {
			throw new EnterpriseRejected(Refusal.CONFLICT, "uscc",
					"统一社会信用代码 %s 已登记。An enterprise with this code is already registered.".formatted(e.code()));
		}
		registered(user.username(), e);
		return e;
	}

	RiskModel.Score initialScore(Enterprise e) {
		return risk.initial(e.industryCode(), e.scale(), e.keyCategories());
	}

	/**
	 * After an insert: the first entry of the score history and the audit record (same
	 * transaction).
	 */
	void registered(String by, Enterprise e) {
		RiskModel.Score score = risk.initial(e.industryCode(), e.scale(), e.keyCategories());
		registry.updateRisk(e.code(), score, e.createdAt());
		risk.keep(e.code(), e.createdAt(), score, null, "企业登记：按行业、规模和重点类别评定初始风险");
		audit.record(AuditEntry.of("enterprise.register", "enterprise:" + e.code(), "success", e.name()));
	}

	/**
	 * Checks a draft without storing it; {@code jurisdiction} names a site outside the
	 * caller's area.
	 */
	Checked check(CurrentUser user, Draft d, Instant now) {
		return check(user, d, now, new java.util.HashMap<>());
	}

	/**
	 * As {@link #check(CurrentUser, Draft, Instant)}, remembering the regulators per
	 * industry and district in {@code regulators} (an import asks the same few hundred
	 * combinations thousands of times).
	 */
	Checked check(CurrentUser user, Draft d, Instant now, java.util.Map<String, List<String>> regulatorCache) {
		List<EnterpriseRejected.FieldProblem> problems = new ArrayList<>();
		String code = Uscc.normalise(d.uscc());
		Uscc.problemOf(code).ifPresent(p -> problems.add(new EnterpriseRejected.FieldProblem("uscc", p.message())));
		String name = d.name() == null ? "" : d.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			problems.add(new EnterpriseRejected.FieldProblem("name",
					"企业名称必填，最多 200 字。The name is required (at most 200 characters)."));
		}
		Optional<Industries.Industry> industry = industries.find(d.industryCode());
		if (industry.isEmpty()) {
			problems.add(new EnterpriseRejected.FieldProblem("industryCode",
					"行业代码“%s”不是 GB/T 4754-2017 的门类大类代码（如 C26）。Industry '%s' is not a GB/T 4754 division code such as C26."
						.formatted(d.industryCode(), d.industryCode())));
		}
		String address = d.address() == null ? null : d.address().strip();
		if (address != null && address.length() > 300) {
			problems.add(new EnterpriseRejected.FieldProblem("address",
					"地址最多 300 字。The address has at most 300 characters."));
		}
		Placement placement = null;
		if (d.latitude() == null || d.longitude() == null) {
			problems.add(new EnterpriseRejected.FieldProblem(d.latitude() == null ? "lat" : "lon",
					"需要经纬度以确定所属区、街道和网格。Latitude and longitude are required to place the site in its grid."));
		}
		else if (!Double.isFinite(d.latitude()) || !Double.isFinite(d.longitude()) || Math.abs(d.latitude()) > 90
				|| Math.abs(d.longitude()) > 180) {
			problems.add(new EnterpriseRejected.FieldProblem("lat", "经纬度超出范围。Latitude/longitude out of range."));
		}
		else {
			placement = regions.locate(d.latitude(), d.longitude()).orElse(null);
			if (placement == null) {
				problems
					.add(new EnterpriseRejected.FieldProblem("lat", "位置（%s, %s）不在%s范围内。The site is outside the city."
						.formatted(d.latitude(), d.longitude(), regions.city().name())));
			}
			else if (!territory.covers(user, placement.district().code(), code(placement.street()),
					code(placement.community()), code(placement.grid()))) {
				problems.add(new EnterpriseRejected.FieldProblem("jurisdiction",
						"该位置（%s）不在您的辖区内。The site lies outside your jurisdiction."
							.formatted(placement.district().name())));
			}
		}
		Scale scale = Scale.SMALL;
		if (d.scale() != null && !d.scale().isBlank()) {
			Optional<Scale> parsed = Scale.parse(d.scale());
			if (parsed.isEmpty()) {
				problems.add(new EnterpriseRejected.FieldProblem("scale",
						"规模“%s”应为 LARGE/MEDIUM/SMALL/MICRO（大型/中型/小型/微型）。Scale is LARGE, MEDIUM, SMALL or MICRO."
							.formatted(d.scale())));
			}
			else {
				scale = parsed.get();
			}
		}
		Set<KeyCategory> categories = EnumSet.noneOf(KeyCategory.class);
		for (String c : d.keyCategories() == null ? List.<String>of() : d.keyCategories()) {
			if (c == null || c.isBlank()) {
				continue;
			}
			KeyCategory.parse(c)
				.ifPresentOrElse(categories::add,
						() -> problems.add(new EnterpriseRejected.FieldProblem("keyCategories",
								"重点类别“%s”不存在。Unknown key category '%s'.".formatted(c, c))));
		}
		List<Enterprise.EnterpriseContact> contacts = new ArrayList<>();
		List<Enterprise.EnterpriseContact> given = d.contacts() == null ? List.of() : d.contacts();
		for (int i = 0; i < given.size(); i++) {
			Enterprise.EnterpriseContact c = given.get(i);
			if (c == null) {
				continue;
			}
			String phone = c.phone() == null ? "" : c.phone().replace(" ", "").strip();
			if (c.name() == null || c.name().isBlank()) {
				problems.add(new EnterpriseRejected.FieldProblem("contacts[" + i + "].name",
						"联系人姓名必填。A contact needs a name."));
			}
			if (!phone.matches(MOBILE) && !phone.matches(LANDLINE)) {
				problems.add(new EnterpriseRejected.FieldProblem("contacts[" + i + "].phone",
						"电话“%s”不是 11 位手机号或带区号的固定电话。The phone is not an 11-digit mobile or a landline with area code."
							.formatted(Enterprise.EnterpriseContact.mask(phone))));
			}
			contacts.add(new Enterprise.EnterpriseContact(c.name() == null ? null : c.name().strip(),
					c.role() == null || c.role().isBlank() ? "联系人" : c.role().strip(), phone));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		String district = placement.district().code();
		Industries.Industry found = industry.get();
		List<String> regulators = regulatorCache.computeIfAbsent(found.code() + "@" + district,
				k -> regulators(found, district));
		RiskModel.Score score = risk.initial(industry.get().code(), scale, categories);
		String by = user.username();
		return new Checked(new Enterprise(new Uscc(code), name, industry.get().code(), address, d.latitude(),
				d.longitude(), district, code(placement.street()), code(placement.community()), code(placement.grid()),
				scale, categories, regulators, contacts, score.score(), score.level(), code, now, by, 0), List.of());
	}

	/**
	 * The member units that regulate the industry in this district (the city's unit where
	 * the district has none).
	 */
	List<String> regulators(Industries.Industry industry, String district) {
		Set<String> codes = new LinkedHashSet<>();
		for (String abbr : industry.regulators()) {
			Optional<DepartmentSummary> local = departments.find(district + "-" + abbr);
			Optional<DepartmentSummary> city = departments.find(regions.city().code() + "-" + abbr);
			local.or(() -> city).ifPresent(dep -> codes.add(dep.code()));
		}
		return List.copyOf(codes);
	}

	private static String code(RegionSummary region) {
		return region == null ? null : region.code();
	}

}
