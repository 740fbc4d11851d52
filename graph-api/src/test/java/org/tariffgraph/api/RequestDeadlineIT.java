package org.tariffgraph.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.tariffgraph.api.support.Requests.aliases;

/**
 * A request that runs past {@code tariff-graph.api.request-timeout} is stopped: the fields that had not started
 * do not run, and the client is told why, as a GraphQL error. The deadline here is a millisecond, which fifty
 * lookups one after another cannot meet.
 */
@ApiTest(fixture = "small-graph")
@TestPropertySource(properties = "tariff-graph.api.request-timeout=1ms")
class RequestDeadlineIT {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aRequestPastItsDeadlineStopsAndSaysSo() {
		this.graphQl.document(aliases(50, "country(code: \"CN\") { name sources { id } }"))
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("The request took longer than the API allows (PT0.001S)"))
			.verify();
	}

}
