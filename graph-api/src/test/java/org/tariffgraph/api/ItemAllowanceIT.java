package org.tariffgraph.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.tariffgraph.api.support.Requests.badRequest;

/**
 * A request reads at most {@code tariff-graph.api.max-items} records from the database, counted as they arrive
 * across all its queries, whatever its cost said: past that it stops with a BAD_REQUEST saying so, so memory per
 * request is bounded by the allowance and not by how far the graph's lists fan out. Here the allowance is 2.
 */
@ApiTest(fixture = "small-graph")
@TestPropertySource(properties = "tariff-graph.api.max-items=2")
class ItemAllowanceIT {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aRequestWithinItsAllowanceIsAnswered() {
		this.graphQl.document("{ country(code: \"CN\") { name } }")
			.execute()
			.path("country.name")
			.entity(String.class)
			.isEqualTo("China");
	}

	@Test
	void aBatchLoadCountsAgainstTheAllowanceToo() {
		// one measure, then its two sources in one navigation batch: three records
		this.graphQl.document("{ measure(id: \"us-eo-14266\") { sources { id } } }")
			.execute()
			.errors()
			.expect(badRequest(message -> message.startsWith("The answer would hold more than 2 items")))
			.verify();
	}

	@Test
	void aRequestThatReadsMoreThanItsAllowanceStopsAndSaysSo() {
		this.graphQl.document("""
				{ a: country(code: "CN") { name } b: country(code: "US") { name } c: country(code: "CN") { sources { id } } }""")
			.execute()
			.errors()
			.expect(badRequest(message -> message.startsWith("The answer would hold more than 2 items")))
			.verify();
	}

}
