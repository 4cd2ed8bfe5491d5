package org.forewarn.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <token>} into the {@link CurrentUser} of the
 * request. An unknown, expired or revoked token leaves the request anonymous, so
 * protected endpoints answer 401. The user is re-read on every request, so a disabled
 * account loses access at once. Failed logins (throttling) do not touch sessions: a
 * guesser must not be able to log the real user out.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final Tokens tokens;

	private final Users users;

	BearerTokenFilter(Tokens tokens, Users users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = tokenOf(request.getHeader("Authorization"));
		if (token != null) {
			Optional<User> user = tokens.userOf(token).flatMap(users::byId).filter(User::enabled);
			user.ifPresent(u -> {
				CurrentUser principal = u.asCurrentUser();
				var authorities = principal.roles()
					.stream()
					.map(Role::authority)
					.map(SimpleGrantedAuthority::new)
					.toList();
				var authentication = new UsernamePasswordAuthenticationToken(principal, null, authorities);
				SecurityContextHolder.getContext().setAuthentication(authentication);
			});
		}
		chain.doFilter(request, response);
	}

	static String tokenOf(String header) {
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = header.substring(7).trim();
		return token.isEmpty() ? null : token;
	}

}
