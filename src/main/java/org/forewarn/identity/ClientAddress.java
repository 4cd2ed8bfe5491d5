package org.forewarn.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a login comes from, for throttling and the audit log. That is the
 * connection's peer, unless the peer is one of {@code forewarn.security.trusted-proxies}
 * (addresses or CIDR blocks; none by default): then the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy. Trusting the header
 * from anyone else would let an attacker pick a new "client" for every guess.
 */
@Component
class ClientAddress {

	/**
	 * Only literals are matched: a host name in a header must never cause a DNS lookup.
	 */
	private static final Pattern LITERAL = Pattern
		.compile("^(\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$");

	private static final Logger log = LoggerFactory.getLogger(ClientAddress.class);

	private final List<IpAddressMatcher> proxies;

	private final AtomicBoolean warned = new AtomicBoolean();

	ClientAddress(@Value("${forewarn.security.trusted-proxies:}") List<String> proxies) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String proxy : proxies) {
			if (!proxy.isBlank()) {
				matchers.add(new IpAddressMatcher(proxy.strip()));
			}
		}
		this.proxies = List.copyOf(matchers);
	}

	String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!trusted(peer)) {
			if (proxies.isEmpty() && request.getHeader("X-Forwarded-For") != null
					&& warned.compareAndSet(false, true)) {
				// behind an untrusted proxy every login seems to come from the proxy, so
				// all share one client limit
				log.warn(
						"Logins arrive with X-Forwarded-For from {} but no proxy is trusted: every client behind it is "
								+ "counted as {}. If it is your reverse proxy, set FOREWARN_SECURITY_TRUSTED_PROXIES.",
						peer, peer);
			}
			return peer;
		}
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				hops.add(hop.strip());
			}
		}
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!LITERAL.matcher(hop).matches()) {
				return peer; // garbage from further out: the last address we can vouch
								// for is the proxy's
			}
			if (!trusted(hop)) {
				return hop;
			}
		}
		return peer;
	}

	private boolean trusted(String address) {
		if (proxies.isEmpty() || address == null || !LITERAL.matcher(address).matches()) {
			return false;
		}
		for (IpAddressMatcher proxy : proxies) {
			try {
				if (proxy.matches(address)) {
					return true;
				}
			}
			catch (IllegalArgumentException malformed) {
				return false;
			}
		}
		return false;
	}

}
