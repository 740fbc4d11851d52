package org.tariffgraph.benchmarks.query;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A blocking HTTP/1.1 client for timing small answers: one kept-alive socket per concurrent caller, the request
 * written in one go, the answer read by its {@code Content-Length} or its chunks. Written here rather than taken
 * from a library because what it adds is part of every figure: to a request that reads nothing, the JDK's
 * {@code HttpClient} added 0.41 ms on this machine and Apache's classic client 0.27 ms, against 0.09 ms with
 * {@code wrk}, a fifth of a one-line {@code appliedTariffs}; so they measured the client more than the API. It
 * speaks only what the API and the peer answer with (no redirects, no compression, no TLS), and fails loudly on
 * anything else.
 */
final class GraphQlClient implements AutoCloseable {

	private final URI endpoint;

	private final byte[] head;

	/** Idle connections; a caller takes one, or opens one while fewer than {@code connections} exist. */
	private final BlockingQueue<Connection> idle;

	GraphQlClient(URI endpoint, int connections) {
		this.endpoint = endpoint;
		this.idle = new ArrayBlockingQueue<>(connections);
		String path = (endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty()) ? "/" : endpoint.getRawPath();
		this.head = ("POST " + path + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort()
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The answer's body; an answer other than 200, or one with errors, is a failure of the benchmark. */
	String post(String body) {
		Connection connection = this.idle.poll();
		try {
			if (connection == null) {
				connection = new Connection(this.endpoint);
			}
			Answer answer = connection.exchange(this.head, body.getBytes(StandardCharsets.UTF_8));
			if (answer.status() != 200 || answer.body().contains("\"errors\"")) {
				throw new IllegalStateException(this.endpoint + " answered " + answer.status() + ": " + answer.body());
			}
			if (answer.keepAlive() && this.idle.offer(connection)) {
				connection = null;
			}
			return answer.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(this.endpoint + ": " + ex.getMessage(), ex);
		}
		finally {
			if (connection != null) {
				connection.close();
			}
		}
	}

	@Override
	public void close() {
		for (Connection c = this.idle.poll(); c != null; c = this.idle.poll()) {
			c.close();
		}
	}

	private record Answer(int status, String body, boolean keepAlive) {
	}

	/** One socket, used by one caller at a time. */
	private static final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		Connection(URI endpoint) throws IOException {
			this.socket = new Socket(endpoint.getHost(), endpoint.getPort());
			// a request is written in one go and waits for its answer: Nagle's delay would only add latency
			this.socket.setTcpNoDelay(true);
			this.in = new BufferedInputStream(this.socket.getInputStream(), 64 * 1024);
			this.out = new BufferedOutputStream(this.socket.getOutputStream(), 16 * 1024);
		}

		Answer exchange(byte[] head, byte[] body) throws IOException {
			this.out.write(head);
			this.out.write(Integer.toString(body.length).getBytes(StandardCharsets.US_ASCII));
			this.out.write('\r');
			this.out.write('\n');
			this.out.write('\r');
			this.out.write('\n');
			this.out.write(body);
			this.out.flush();
			String status = line();
			if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
				throw new IOException("expected an HTTP/1.1 status line, read '" + status + "'");
			}
			int code = Integer.parseInt(status.substring(9, 12));
			int length = -1;
			boolean chunked = false;
			boolean keepAlive = true;
			for (String header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
				switch (name) {
					case "content-length" -> length = Integer.parseInt(value);
					case "transfer-encoding" -> chunked = value.contains("chunked");
					case "connection" -> keepAlive = !value.contains("close");
					default -> {
					}
				}
			}
			byte[] content;
			if (chunked) {
				content = chunks();
			}
			else if (length >= 0) {
				content = this.in.readNBytes(length);
				if (content.length != length) {
					throw new IOException("the answer ended after " + content.length + " of " + length + " bytes");
				}
			}
			else {
				throw new IOException("expected a Content-Length or chunks, got neither (status " + code + ")");
			}
			return new Answer(code, new String(content, StandardCharsets.UTF_8), keepAlive);
		}

		private byte[] chunks() throws IOException {
			ByteArrayOutputStream content = new ByteArrayOutputStream(8 * 1024);
			while (true) {
				String size = line();
				int semicolon = size.indexOf(';');
				int length = Integer.parseInt((semicolon < 0) ? size.trim() : size.substring(0, semicolon).trim(), 16);
				if (length == 0) {
					// trailers, if any, end with an empty line
					while (!line().isEmpty()) {
						// skipped
					}
					return content.toByteArray();
				}
				byte[] chunk = this.in.readNBytes(length);
				if (chunk.length != length) {
					throw new IOException("a chunk ended after " + chunk.length + " of " + length + " bytes");
				}
				content.write(chunk);
				line();
			}
		}

		/** A line of the status, a header or a chunk size, without its CRLF. */
		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new IOException("the connection closed in the middle of an answer");
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing after a failure or at the end: nothing is waiting for this socket
			}
		}

	}

}
