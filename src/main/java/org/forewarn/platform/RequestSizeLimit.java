package org.forewarn.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code forewarn.http.max-body} (8 MB) with 413 before
 * anything reads them — declared by Content-Length or discovered while streaming — so an
 * anonymous caller cannot make the platform buffer a gigabyte of JSON. Multipart uploads
 * have their own limits ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long limit;

	RequestSizeLimit(@Value("${forewarn.http.max-body:8MB}") org.springframework.util.unit.DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > limit) {
			tooLarge(response);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		response.setStatus(413);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
					+ "\"detail\":\"The request body is larger than " + limit / 1024 / 1024 + " MB.\"}");
	}

	/** Counts what is read and stops at the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {
					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0 && ++read > limit) {
							throw new BodyTooLarge(limit);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0 && (read += n) > limit) {
							throw new BodyTooLarge(limit);
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}

	}

	/**
	 * A streamed body passed the limit (answered with 413 by
	 * {@link ProblemDetailsAdvice}).
	 */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge(long limit) {
			super("The request body is larger than " + limit / 1024 / 1024 + " MB.");
		}

	}

}
