package org.forewarn.audit;

import java.util.List;
import java.util.stream.Stream;

import org.forewarn.platform.CurrentUser;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reading and verifying the audit log (administrators only). */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private final AuditEntries entries;

	private final Regions regions;

	private final AuditSeal seal;

	AuditController(AuditEntries entries, Regions regions, AuditSeal seal) {
		this.entries = entries;
		this.regions = regions;
		this.seal = seal;
	}

	record AuditLogPage(List<AuditEntries.AuditLogEntry> content, long totalElements) {
	}

	/**
	 * {@code entries} were walked; {@code unsealed} were committed while the walk ran and
	 * are checked next time.
	 */
	record AuditVerification(boolean intact, long entries, Long firstBrokenId, long unsealed) {
	}

	/**
	 * The newest entries first. A city administrator reads everything; an administrator
	 * of a district (or lower) reads the entries of actors whose jurisdiction lies within
	 * theirs.
	 */
	@GetMapping
	AuditLogPage list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action) {
		if (page < 0 || size < 1 || size > 500) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be ≥ 0 and size between 1 and 500");
		}
		String root = admin.jurisdiction().regionCode();
		String[] scope = root.equals(regions.city().code()) ? null : scopeCodes(root);
		return new AuditLogPage(entries.newest(actor, action, scope, size, (long) page * size),
				entries.count(actor, action, scope));
	}

	private String[] scopeCodes(String root) {
		Stream<String> below = Stream.of(RegionLevel.values())
			.flatMap(level -> regions.descendants(root, level).stream())
			.map(RegionSummary::code);
		return Stream.concat(Stream.of(root), below).distinct().toArray(String[]::new);
	}

	/**
	 * Recomputes the whole hash chain; any edited, inserted or deleted entry shows as the
	 * first broken id.
	 */
	@GetMapping("/verify")
	@PreAuthorize("hasRole('ADMIN') and @auditScope.wholeCity(principal)")
	AuditVerification verify() {
		seal.seal(); // what is committed now gets its place in the chain before the walk
		AuditEntries.ChainWalk walk = entries.walk();
		return new AuditVerification(walk.firstBrokenId() == null, walk.entries(), walk.firstBrokenId(),
				walk.unsealed());
	}

}
