package org.forewarn.identity;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code X-Api-Key: fwk_…} into a machine caller with the {@code INTEGRATION} role
 * (and nothing else) within the key's region. A bearer token, if also present, wins: a
 * person is never downgraded to a machine.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Api-Key";

	private final ApiKeys keys;

	ApiKeyFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader(HEADER);
		if (secret != null && SecurityContextHolder.getContext().getAuthentication() == null) {
			keys.authenticate(secret.strip()).ifPresent(key -> {
				CurrentUser machine = new CurrentUser(key.id(), "apikey:" + key.name(), key.name(),
						Set.of(Role.INTEGRATION), new Jurisdiction(key.regionCode(), null));
				SecurityContextHolder.getContext()
					.setAuthentication(new UsernamePasswordAuthenticationToken(machine, null,
							List.of(new SimpleGrantedAuthority(Role.INTEGRATION.authority()))));
			});
		}
		chain.doFilter(request, response);
	}

}
