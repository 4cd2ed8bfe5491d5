package org.forewarn.identity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators issue and revoke API keys for machine clients within their own jurisdiction. */
@RestController
@RequestMapping("/api/api-keys")
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyAdministration {

	record NewKey(@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$",
			message = "3–64 characters: lower-case letters, digits, '.', '_', '-'") String name,
			@NotBlank @Size(max = 32) String regionCode) {
	}

	/** The secret is in this answer once and nowhere else, ever. */
	record IssuedKey(UUID id, String name, String regionCode, String key) {
	}

	private final ApiKeys keys;
	private final Regions regions;
	private final AuditTrail audit;

	ApiKeyAdministration(ApiKeys keys, Regions regions, AuditTrail audit) {
		this.keys = keys;
		this.regions = regions;
		this.audit = audit;
	}

	@GetMapping
	List<ApiKeys.ApiKey> list(@AuthenticationPrincipal CurrentUser admin) {
		return keys.all().stream()
			.filter(k -> regions.isWithin(k.regionCode(), admin.jurisdiction().regionCode()))
			.toList();
	}

	@PostMapping
	@Transactional
	ResponseEntity<?> create(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewKey request) {
		if (regions.find(request.regionCode()).isEmpty()) {
			throw new IllegalArgumentException("Unknown region code '" + request.regionCode() + "'.");
		}
		if (!regions.isWithin(request.regionCode(), admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("region " + request.regionCode());
		}
		UUID id = UUID.randomUUID();
		String secret = keys.newSecret();
		if (!keys.insert(id, request.name(), secret, request.regionCode(), admin.username())) {
			var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"An API key named '" + request.name() + "' exists.");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		audit.record(AuditEntry.of("api-key.create", "api-key:" + request.name(), "success", request.regionCode()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new IssuedKey(id, request.name(), request.regionCode(), secret));
	}

	@PostMapping("/{id}/revoke")
	@Transactional
	ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
		ApiKeys.ApiKey key = keys.find(id).orElse(null);
		if (key == null) {
			return ResponseEntity.notFound().build();
		}
		if (!regions.isWithin(key.regionCode(), admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("api-key " + key.name());
		}
		keys.revoke(id);
		audit.record(AuditEntry.of("api-key.revoke", "api-key:" + key.name(), "success", null));
		return ResponseEntity.noContent().build();
	}
}
