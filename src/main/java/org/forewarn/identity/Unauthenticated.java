package org.forewarn.identity;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Counts requests refused with 401 in {@code forewarn.security.unauthenticated}, tagged
 * by why (no credentials, or a token / API key that is unknown, expired or revoked) and
 * by path group ({@code /api/hazards}, …), so a burst of anonymous probing shows on the
 * metrics page ({@code /actuator/prometheus}) without an audit row per request.
 */
@Component
class Unauthenticated {

	/**
	 * Path groups are taken from the request, so they are capped: beyond this many, new
	 * ones count as "other".
	 */
	private static final int MAX_GROUPS = 64;

	private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private final MeterRegistry meters;

	private final Set<String> groups = ConcurrentHashMap.newKeySet();

	Unauthenticated(MeterRegistry meters) {
		this.meters = meters;
	}

	void count(HttpServletRequest request) {
		String reason = request.getHeader("Authorization") != null ? "invalid-token"
				: request.getHeader("X-Api-Key") != null ? "invalid-api-key" : "no-credentials";
		meters.counter("forewarn.security.unauthenticated", "reason", reason, "path", group(request.getRequestURI()))
			.increment();
	}

	private String group(String uri) {
		String[] segments = uri == null ? new String[0] : uri.split("/", 4);
		if (segments.length < 3 || !SEGMENT.matcher(segments[1]).matches() || !SEGMENT.matcher(segments[2]).matches()) {
			return "other";
		}
		String group = "/" + segments[1] + "/" + segments[2];
		if (groups.contains(group) || (groups.size() < MAX_GROUPS && groups.add(group))) {
			return group;
		}
		return "other";
	}

}
