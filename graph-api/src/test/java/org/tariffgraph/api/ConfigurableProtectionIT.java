package org.tariffgraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Introspection can be switched off and CORS opened for a frontend's origin, by configuration alone. */
@ApiTest
@TestPropertySource(properties = { "spring.graphql.schema.introspection.enabled=false",
		"spring.graphql.cors.allowed-origins=https://frontend.example.org" })
class ConfigurableProtectionIT {

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void introspectionCanBeSwitchedOff() throws Exception {
		var response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __schema { types { name } } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("\"errors\"").contains("ntrospection").doesNotContain("\"types\":[");
	}

	@Test
	void aConfiguredOriginMayCallTheApiFromABrowser() throws Exception {
		var preflight = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://frontend.example.org")
			.header("Access-Control-Request-Method", "POST")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://frontend.example.org");
		var other = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example.org")
			.header("Access-Control-Request-Method", "POST")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void graphiQlOpensWithTheExampleOperations() throws Exception {
		var page = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphiql")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Tariff Graph").contains("query AppliedTariffs").contains("exemptionsReachingIndustry")
			.doesNotContain("/*EXAMPLE_TABS*/[]");
	}

}
