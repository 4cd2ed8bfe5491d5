package org.forewarn.platform;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Applies {@link TextPolicy} to the text of a request that arrives before any body: the
 * path (so path variables), each query parameter and each header. Runs before
 * authentication, because the login, the token lookup and the refusal log already read
 * some of them. The body is the JSON mapper's ({@link JsonInputPolicy}) and, for
 * multipart requests, {@link MultipartTextCheck}'s.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestTextCheck extends OncePerRequestFilter {

	private final JsonMapper json;

	RequestTextCheck(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = refusal(request);
		if (refusal != null) {
			refuse(response, refusal);
			return;
		}
		chain.doFilter(request, response);
	}

	private record Refusal(String field, String detail) {
	}

	/** The first refused text of the request, or null. */
	private static Refusal refusal(HttpServletRequest request) {
		String path = decoded(request.getRequestURI(), false);
		if (TextPolicy.refuses(path)) {
			return new Refusal("path", "The path " + TextPolicy.reason(path) + ".");
		}
		String type = request.getContentType();
		if (type == null || !type.toLowerCase().startsWith("multipart/")) {
			// query parameters and form fields alike (a form body binds to @RequestParam
			// as well)
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String name = parameter.getKey();
				if (TextPolicy.refuses(name)) {
					return new Refusal("query", "A parameter's name " + TextPolicy.reason(name) + ".");
				}
				for (String value : parameter.getValue()) {
					if (TextPolicy.refuses(value)) {
						return new Refusal(name, "Parameter '" + name + "' " + TextPolicy.reason(value) + ".");
					}
				}
			}
		}
		// a multipart body is parsed later (its fields are MultipartTextCheck's); its
		// query string is read here
		String query = type != null && type.toLowerCase().startsWith("multipart/") ? request.getQueryString() : null;
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = decoded(equals < 0 ? pair : pair.substring(0, equals), true);
				String value = equals < 0 ? "" : decoded(pair.substring(equals + 1), true);
				if (TextPolicy.refuses(name)) {
					return new Refusal("query", "A query parameter's name " + TextPolicy.reason(name) + ".");
				}
				if (TextPolicy.refuses(value)) {
					return new Refusal(name, "Parameter '" + name + "' " + TextPolicy.reason(value) + ".");
				}
			}
		}
		for (String name : Collections.list(request.getHeaderNames())) {
			for (String value : Collections.list(request.getHeaders(name))) {
				if (TextPolicy.refuses(value)) {
					return new Refusal(name, "Header '" + name + "' " + TextPolicy.reason(value) + ".");
				}
			}
		}
		return null;
	}

	/**
	 * Percent-decoded; a malformed escape is left as it is for the container to refuse
	 * (it is no control character).
	 */
	private static String decoded(String text, boolean query) {
		try {
			return query ? URLDecoder.decode(text, StandardCharsets.UTF_8)
					: UriUtils.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return text;
		}
	}

	private void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusal.detail());
		problem.setType(InputRejected.VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "message", refusal.detail())));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
