package org.forewarn.identity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.forewarn.platform.CurrentUser;
import org.forewarn.region.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators issue and revoke API keys for machine clients within their own
 * jurisdiction.
 */
@RestController
@RequestMapping("/api/api-keys")
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyAdministration {

	record NewKey(
			@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$",
					message = "3–64 characters: lower-case letters, digits, '.', '_', '-'") String name,
			@NotBlank @Size(max = 32) String regionCode) {
	}

	/** The secret is in this answer once and nowhere else, ever. */
	record IssuedKey(UUID id, String name, String regionCode, String key) {
	}

	private final ApiKeys keys;

	private final Regions regions;

	private final ApiKeyDesk desk;

	ApiKeyAdministration(ApiKeys keys, Regions regions, ApiKeyDesk desk) {
		this.keys = keys;
		this.regions = regions;
		this.desk = desk;
	}

	@GetMapping
	List<ApiKeys.ApiKey> list(@AuthenticationPrincipal CurrentUser admin) {
		return keys.all()
			.stream()
			.filter(k -> regions.isWithin(k.regionCode(), admin.jurisdiction().regionCode()))
			.toList();
	}

	@PostMapping
	ResponseEntity<IssuedKey> create(@AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewKey request) {
		ApiKeyDesk.Issued issued = desk.issue(admin, request.name(), request.regionCode());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new IssuedKey(issued.id(), issued.name(), issued.regionCode(), issued.secret()));
	}

	@PostMapping("/{id}/revoke")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
		desk.revoke(admin, id);
		return ResponseEntity.noContent().build();
	}

}
