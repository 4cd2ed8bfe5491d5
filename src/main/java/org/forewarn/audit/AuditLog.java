package org.forewarn.audit;

import java.time.Instant;
import java.util.List;

import java.util.stream.Stream;

import org.forewarn.platform.CurrentUser;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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
class AuditLog {

	private final JdbcClient jdbc;
	private final Regions regions;
	private final AuditSeal seal;

	AuditLog(JdbcClient jdbc, Regions regions, AuditSeal seal) {
		this.seal = seal;
		this.jdbc = jdbc;
		this.regions = regions;
	}

	record Entry(long id, Instant at, String actor, String regionCode, String action, String target, String outcome,
			String remoteAddress, String details) {
	}

	record Page(List<Entry> content, long totalElements) {
	}

	/** {@code entries} were walked; {@code unsealed} were committed while the walk ran and are checked next time. */
	record Verification(boolean intact, long entries, Long firstBrokenId, long unsealed) {
	}

	/**
	 * The newest entries first. A city administrator reads everything; an administrator of a district (or lower)
	 * reads the entries of actors whose jurisdiction lies within theirs.
	 */
	@GetMapping
	Page list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action) {
		if (page < 0 || size < 1 || size > 500) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be ≥ 0 and size between 1 and 500");
		}
		String root = admin.jurisdiction().regionCode();
		boolean wholeCity = root.equals(regions.city().code());
		String[] scope = wholeCity ? new String[0] : scopeCodes(root);
		String where = " where (cast(:actor as text) is null or actor = :actor)"
				+ " and (cast(:action as text) is null or action like :action || '%')"
				+ (wholeCity ? "" : " and region_code = any(:scope)");
		List<Entry> content = jdbc.sql("""
				select id, at, actor, region_code, action, target, outcome, remote_address, details
				  from audit_event""" + where + " order by id desc limit :size offset :offset")
			.param("actor", actor).param("action", action).param("scope", scope)
			.param("size", size).param("offset", (long) page * size)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("region_code"), rs.getString("action"), rs.getString("target"),
					rs.getString("outcome"), rs.getString("remote_address"), rs.getString("details")))
			.list();
		long total = jdbc.sql("select count(*) from audit_event" + where)
			.param("actor", actor).param("action", action).param("scope", scope).query(Long.class).single();
		return new Page(content, total);
	}

	private String[] scopeCodes(String root) {
		Stream<String> below = Stream.of(RegionLevel.values())
			.flatMap(level -> regions.descendants(root, level).stream())
			.map(RegionSummary::code);
		return Stream.concat(Stream.of(root), below).distinct().toArray(String[]::new);
	}

	/** Recomputes the whole hash chain; any edited, inserted or deleted entry shows as the first broken id. */
	@GetMapping("/verify")
	@PreAuthorize("hasRole('ADMIN') and @auditScope.wholeCity(principal)")
	Verification verify() {
		seal.seal(); // what is committed now gets its place in the chain before the walk
		String[] previous = { AuditTrail.GENESIS };
		long[] count = { 0 };
		Long[] broken = { null };
		jdbc.sql("select id, seq, at, actor, region_code, action, target, outcome, remote_address, details, prev_hash, hash"
				+ " from audit_event where seq is not null order by seq").query(rs -> {
					count[0]++;
					if (broken[0] != null) {
						return;
					}
					if (rs.getLong("seq") != count[0]) { // an entry deleted from the chain
						broken[0] = rs.getLong("id");
						return;
					}
					AuditEntry entry = new AuditEntry(rs.getString("actor"), rs.getString("region_code"),
							rs.getString("action"),
							rs.getString("target"), rs.getString("outcome"), rs.getString("remote_address"),
							rs.getString("details"));
					String expected = AuditTrail.hash(previous[0], rs.getTimestamp("at").toInstant(), entry);
					if (!previous[0].equals(rs.getString("prev_hash")) || !expected.equals(rs.getString("hash"))) {
						broken[0] = rs.getLong("id");
					}
					previous[0] = rs.getString("hash");
				});
		long unsealed = jdbc.sql("select count(*) from audit_event where seq is null").query(Long.class).single();
		return new Verification(broken[0] == null, count[0], broken[0], unsealed);
	}
}
