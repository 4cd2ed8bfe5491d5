package org.forewarn.warning;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.stereotype.Component;

/**
 * Who sees and moves which warning. A warning belongs to the jurisdiction that drafted
 * it. Drafts and approved drafts are seen only there and above (a district's drafts are
 * the district's and the city's business, never another district's); issued and ended
 * warnings are also seen below the owner. Duty officers and commanders move a warning
 * when its owner lies in their jurisdiction.
 */
@Component
class WarningPolicy {

	static final String READERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER')";
	static final String WRITERS = "hasAnyRole('DUTY_OFFICER', 'COMMANDER')";

	private final Regions regions;

	WarningPolicy(Regions regions) {
		this.regions = regions;
	}

	boolean sees(CurrentUser user, Warning warning) {
		String owner = warning.ownerRegion();
		String mine = user.jurisdiction().regionCode();
		if (regions.isWithin(owner, mine)) {
			return true;
		}
		boolean draft = warning.status() == WarningStatus.DRAFT || warning.status() == WarningStatus.APPROVED;
		return !draft && regions.isWithin(mine, owner);
	}

	void requireSees(CurrentUser user, Warning warning) {
		if (!sees(user, warning)) {
			throw new OutsideJurisdiction("warning:" + warning.id());
		}
	}

	/** Refuses (403, audited) unless the caller may move this warning. */
	void requireMoves(CurrentUser user, Warning warning) {
		requireSees(user, warning);
		if (!regions.isWithin(warning.ownerRegion(), user.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("warning:" + warning.id());
		}
		if (!user.has(Role.DUTY_OFFICER) && !user.has(Role.COMMANDER)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"only duty officers and commanders move warnings");
		}
	}

	/**
	 * Refuses (403) an approval by someone whose role does not approve warnings, saying
	 * so in the user's terms rather than a bare "forbidden"; then the usual checks.
	 */
	void requireApproves(CurrentUser user, Warning warning) {
		requireSees(user, warning);
		if (!user.has(Role.DUTY_OFFICER) && !user.has(Role.COMMANDER)) {
			throw FourEyesViolated.notAnApprover(user.username());
		}
		requireMoves(user, warning);
	}

	/** The moves the caller could make now (for the console's buttons). */
	List<String> allowedMoves(CurrentUser user, Warning warning) {
		if (!regions.isWithin(warning.ownerRegion(), user.jurisdiction().regionCode())
				|| !(user.has(Role.DUTY_OFFICER) || user.has(Role.COMMANDER))) {
			return List.of();
		}
		return switch (warning.status()) {
			case DRAFT -> warning.awaitsApprovalBy(user.username()) ? List.of("update", "approve", "cancel")
					: List.of("update", "cancel");
			case APPROVED -> List.of("issue", "update", "cancel");
			case ISSUED -> List.of("update", "cancel");
			default -> List.of();
		};
	}

	/**
	 * The owner regions whose warnings a caller sees in lists: their region and below;
	 * and the regions above.
	 */
	Scope scope(CurrentUser user) {
		String mine = user.jurisdiction().regionCode();
		if (mine.equals(regions.city().code())) {
			return new Scope(null, null);
		}
		Set<String> within = new LinkedHashSet<>();
		within.add(mine);
		regions.find(mine).ifPresent(area -> {
			for (var level : EnumSet.allOf(org.forewarn.region.RegionLevel.class)) {
				if (level.compareTo(area.level()) > 0) {
					regions.descendants(mine, level).forEach(r -> within.add(r.code()));
				}
			}
		});
		Set<String> above = new LinkedHashSet<>();
		regions.ancestry(mine).stream().map(RegionSummary::code).filter(code -> !code.equals(mine)).forEach(above::add);
		return new Scope(within, above);
	}

	/** Owner regions for list queries; both null: everything (a city-level caller). */
	record Scope(Set<String> ownedWithin, Set<String> above) {
	}

}
