package org.forewarn.enterprise;

import java.util.Map;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Which enterprises a caller may see: those in their area (city, district, street,
 * community or grid) and, for a member unit's staff, those their unit regulates; an
 * enterprise user sees its own enterprise only.
 */
@Component
class Territory {

	/**
	 * How a list query is narrowed: an SQL condition over table {@code enterprise e} and
	 * its parameters.
	 */
	record Scope(String condition, Map<String, Object> params) {
	}

	private static final Map<RegionLevel, String> COLUMN = Map.of(RegionLevel.DISTRICT, "e.district_code",
			RegionLevel.STREET, "e.street_code", RegionLevel.COMMUNITY, "e.community_code", RegionLevel.GRID,
			"e.grid_code");

	private final Regions regions;

	Territory(Regions regions) {
		this.regions = regions;
	}

	Scope scopeOf(CurrentUser user) {
		if (user.has(Role.ENTERPRISE) && !staff(user)) {
			return new Scope("e.uscc = :scopeUscc",
					Map.of("scopeUscc", user.enterpriseUscc() == null ? "-" : user.enterpriseUscc()));
		}
		StringBuilder condition = new StringBuilder("true");
		java.util.HashMap<String, Object> params = new java.util.HashMap<>();
		String region = user.jurisdiction().regionCode();
		if (!region.equals(regions.city().code())) {
			RegionLevel level = regions.find(region).map(r -> r.level()).orElse(null);
			String column = level == null ? null : COLUMN.get(level);
			if (column == null) {
				return new Scope("false", Map.of());
			}
			condition.append(" and ").append(column).append(" = :scopeRegion");
			params.put("scopeRegion", region);
		}
		if (user.jurisdiction().hasDepartment() && !user.has(Role.ADMIN)) {
			String department = user.jurisdiction().departmentCode();
			int dash = department.lastIndexOf('-');
			if (dash > 0 && department.substring(0, dash).equals(regions.city().code())) {
				// a city unit regulates its sector everywhere: its district offices'
				// enterprises
				condition.append(" and exists (select 1 from unnest(e.regulator_codes) r where r like :scopeAbbr)");
				params.put("scopeAbbr", "%" + department.substring(dash));
			}
			else {
				condition.append(" and :scopeDepartment = any(e.regulator_codes)");
				params.put("scopeDepartment", department);
			}
		}
		return new Scope(condition.toString(), params);
	}

	/**
	 * Staff roles that see enterprises by territory (everyone but enterprise users and
	 * machines).
	 */
	static boolean staff(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.DUTY_OFFICER) || user.has(Role.ANALYST) || user.has(Role.COMMANDER)
				|| user.has(Role.HANDLER) || user.has(Role.GRID_WORKER) || user.has(Role.INSPECTOR);
	}

	boolean canSee(CurrentUser user, Enterprise enterprise) {
		if (user.has(Role.ENTERPRISE) && !staff(user)) {
			return enterprise.code().equals(user.enterpriseUscc());
		}
		if (!staff(user)) {
			return false;
		}
		String region = user.jurisdiction().regionCode();
		boolean inArea = region.equals(regions.city().code()) || region.equals(enterprise.districtCode())
				|| region.equals(enterprise.streetCode()) || region.equals(enterprise.communityCode())
				|| region.equals(enterprise.gridCode());
		if (!inArea) {
			return false;
		}
		if (user.jurisdiction().hasDepartment() && !user.has(Role.ADMIN)) {
			String department = user.jurisdiction().departmentCode();
			int dash = department.lastIndexOf('-');
			if (dash > 0 && department.substring(0, dash).equals(regions.city().code())) {
				String suffix = department.substring(dash);
				return enterprise.regulatorCodes().stream().anyMatch(r -> r.endsWith(suffix));
			}
			return enterprise.regulatorCodes().contains(department);
		}
		return true;
	}

	void checkVisible(CurrentUser user, Enterprise enterprise) {
		if (!canSee(user, enterprise)) {
			throw new OutsideJurisdiction("enterprise " + enterprise.code());
		}
	}

	/**
	 * Whether a point's area (district … grid codes) lies in the caller's area: for
	 * creating and importing.
	 */
	boolean covers(CurrentUser user, String districtCode, String streetCode, String communityCode, String gridCode) {
		String region = user.jurisdiction().regionCode();
		return region.equals(regions.city().code()) || region.equals(districtCode) || region.equals(streetCode)
				|| region.equals(communityCode) || region.equals(gridCode);
	}

}
