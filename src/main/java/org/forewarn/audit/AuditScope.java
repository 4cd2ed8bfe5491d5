package org.forewarn.audit;

import org.forewarn.platform.CurrentUser;
import org.forewarn.region.Regions;

import org.springframework.stereotype.Component;

/**
 * Who may see the audit log as a whole (verifying the chain reads every entry):
 * city-level administrators.
 */
@Component("auditScope")
class AuditScope {

	private final Regions regions;

	AuditScope(Regions regions) {
		this.regions = regions;
	}

	public boolean wholeCity(Object principal) {
		return principal instanceof CurrentUser user && user.jurisdiction().regionCode().equals(regions.city().code());
	}

}
