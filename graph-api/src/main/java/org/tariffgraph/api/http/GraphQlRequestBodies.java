package org.tariffgraph.api.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks at the body of a POST to the GraphQL endpoint before anything parses it: a body larger than
 * {@value #MAX_BODY_BYTES} bytes (huge variables or documents) is refused with 413, a JSON array (a batch of
 * operations, which this API does not run) or anything that is not a JSON object with 400, each as a GraphQL
 * error rather than a servlet's page; the body is read at most once and handed on unchanged.
 */
@Component
final class GraphQlRequestBodies extends OncePerRequestFilter {

	/** Far more than any question needs (the examples are under 2 KB), far less than what strains memory. */
	static final int MAX_BODY_BYTES = 256 * 1024;

	private final String path;

	private final JsonMapper json;

	GraphQlRequestBodies(GraphQlProperties properties, JsonMapper json) {
		this.path = properties.getHttp().getPath();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// a body that says it is too large is not read; one that does not say is read no further than the limit
		byte[] body = (request.getContentLengthLong() > MAX_BODY_BYTES) ? null
				: request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body == null || body.length > MAX_BODY_BYTES) {
			refuse(response, HttpStatus.CONTENT_TOO_LARGE,
					"The request is larger than %d KB; send a smaller query and variables".formatted(MAX_BODY_BYTES / 1024));
			return;
		}
		int first = firstNonBlank(body);
		if (first == '[') {
			refuse(response, HttpStatus.BAD_REQUEST,
					"Batches of operations are not supported; send one JSON object with query, variables and operationName per request");
			return;
		}
		if (first != '{' && isJson(request)) {
			refuse(response, HttpStatus.BAD_REQUEST,
					"The request body must be a JSON object with query, and optionally variables and operationName");
			return;
		}
		chain.doFilter(new Replayed(request, body), response);
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || type.toLowerCase(Locale.ROOT).contains("json");
	}

	private static int firstNonBlank(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b;
			}
		}
		return -1;
	}

	private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.json.writeValue(response.getWriter(), GraphQlErrorBody.badRequest(message));
	}

	/** The request with its body read once and offered again. */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int available() throws IOException {
					return in.available();
				}

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
