package org.tariffgraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad requests get GraphQL errors with a classification over HTTP, never a stack trace. */
@ApiTest
class ErrorHandlingIT {

	@Value("${local.server.port}")
	int port;

	private HttpResponse<String> post(String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aMalformedDocumentIsAnInvalidSyntaxError() throws Exception {
		var response = post("{\"query\":\"{ country(code: \\\"CN\\\" { name }\"}");
		assertThat(response.body()).contains("\"classification\":\"InvalidSyntax\"").doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void anUnknownFieldIsAValidationError() throws Exception {
		var response = post("{\"query\":\"{ country(code: \\\"CN\\\") { capital } }\"}");
		assertThat(response.body()).contains("\"classification\":\"ValidationError\"").contains("capital");
	}

	@Test
	void aVariableOfTheWrongTypeIsAValidationError() throws Exception {
		var response = post("{\"query\":\"query($c: String!) { country(code: $c) { name } }\",\"variables\":{\"c\":[1,2]}}");
		assertThat(response.body()).contains("\"classification\":\"ValidationError\"").doesNotContain("\tat ");
	}

	@Test
	void aBodyThatIsNotJsonGetsABadRequestWithoutAStackTrace() throws Exception {
		var response = post("this is not json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
	}

	@Test
	void aBatchOfOperationsIsAGraphQlErrorNotAServletPage() throws Exception {
		var response = post("[{\"query\":\"{ apiVersion }\"},{\"query\":\"{ apiVersion }\"}]");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"", "Batches of operations are not supported");
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsParsed() throws Exception {
		String huge = "x".repeat(300 * 1024);
		var response = post("{\"query\":\"{ apiVersion }\",\"variables\":{\"v\":\"" + huge + "\"}}");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"", "larger than 256 KB");
	}

	@Test
	void aBodyUnderTheLimitIsAnsweredAsBefore() throws Exception {
		var response = post("{\"query\":\"{ apiVersion }\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"apiVersion\":\"0.1\"}}");
	}

}
