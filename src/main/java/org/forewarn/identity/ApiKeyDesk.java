package org.forewarn.identity;

import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Refusal;
import org.forewarn.region.Regions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an administrator issues and revokes API keys for machine clients of their own
 * jurisdiction, each move in one transaction with its audit entry.
 */
@Service
class ApiKeyDesk {

	/**
	 * A key just issued; the secret exists in this record and in the answer to the
	 * administrator, nowhere else.
	 */
	record Issued(UUID id, String name, String regionCode, String secret) {
	}

	private final ApiKeys keys;

	private final Regions regions;

	private final AuditTrail audit;

	ApiKeyDesk(ApiKeys keys, Regions regions, AuditTrail audit) {
		this.keys = keys;
		this.regions = regions;
		this.audit = audit;
	}

	@Transactional
	Issued issue(CurrentUser admin, String name, String regionCode) {
		if (regions.find(regionCode).isEmpty()) {
			throw new AccountRejected(Refusal.INVALID, "regionCode", "Unknown region code '" + regionCode + "'.");
		}
		if (!regions.isWithin(regionCode, admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("region " + regionCode);
		}
		UUID id = UUID.randomUUID();
		String secret = keys.newSecret();
		if (!keys.insert(id, name, secret, regionCode, admin.username())) {
			throw new AccountRejected(Refusal.CONFLICT, "name", "An API key named '" + name + "' exists.");
		}
		audit.record(AuditEntry.of("api-key.create", "api-key:" + name, "success", regionCode));
		return new Issued(id, name, regionCode, secret);
	}

	@Transactional
	void revoke(CurrentUser admin, UUID id) {
		ApiKeys.ApiKey key = keys.find(id)
			.orElseThrow(() -> new AccountRejected(Refusal.NOT_FOUND, "id", "No API key " + id + "."));
		if (!regions.isWithin(key.regionCode(), admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("api-key " + key.name());
		}
		keys.revoke(id);
		audit.record(AuditEntry.of("api-key.revoke", "api-key:" + key.name(), "success", null));
	}

}
