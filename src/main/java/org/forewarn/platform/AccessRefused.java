package org.forewarn.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request was refused for lack of rights or jurisdiction; the audit module records it.
 */
public record AccessRefused(String actor, String regionCode, String action, String target, String reason,
		String remoteAddress) {

	/**
	 * The refusal of this request, attributed to the current caller (or
	 * {@code anonymous}).
	 */
	public static AccessRefused of(HttpServletRequest request, String reason) {
		var user = CurrentUser.current();
		return new AccessRefused(user.map(CurrentUser::username).orElse("anonymous"),
				user.map(u -> u.jurisdiction().regionCode()).orElse(null),
				request.getMethod() + " " + request.getRequestURI(), request.getRequestURI(), reason,
				request.getRemoteAddr());
	}
}
