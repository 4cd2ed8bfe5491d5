package org.forewarn.audit;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request came from, for audit entries made outside a controller's
 * reach.
 */
final class RequestOrigin {

	private RequestOrigin() {
	}

	static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
