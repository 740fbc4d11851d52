package org.tariffgraph.benchmarks.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * A blocking HTTP/1.1 client that keeps one connection per concurrent caller alive, for timing small answers.
 * Apache's classic client rather than the JDK's {@code HttpClient}: on this machine the JDK's added 0.41 ms to a
 * request that reads nothing (0.27 ms with this one, 0.09 ms with {@code wrk}), a third of a one-line
 * {@code appliedTariffs}, so it measured the client more than the API.
 */
final class GraphQlClient implements AutoCloseable {

	private final CloseableHttpClient http;

	private final URI endpoint;

	GraphQlClient(URI endpoint, int connections) {
		this.endpoint = endpoint;
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(connections)
				.setMaxConnPerRoute(connections)
				.build())
			.disableAutomaticRetries()
			.build();
	}

	/** The answer's body; an answer other than 200, or one with errors, is a failure of the benchmark. */
	String post(String body) {
		var request = new HttpPost(this.endpoint);
		request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
		try {
			return this.http.execute(request, response -> {
				String text = EntityUtils.toString(response.getEntity());
				if (response.getCode() != 200 || text.contains("\"errors\"")) {
					throw new IllegalStateException(this.endpoint + " answered " + response.getCode() + ": " + text);
				}
				return text;
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

}
