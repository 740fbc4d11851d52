package org.tariffgraph.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tariffgraph.api.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested fields load in batches: the queries a request sends do not grow with the rows it returns. */
@ApiTest
@Import(QueryCounter.Config.class)
class NestedQueriesIT {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	QueryCounter queries;

	@BeforeEach
	void fixture() {
		Fixtures.load("many-measures");
	}

	private long queriesFor(int rows) {
		this.queries.reset();
		this.graphQl.documentName("measuresNested")
			.variable("first", rows)
			.execute()
			.path("measures.edges").entityList(Object.class).hasSize(rows)
			.path("measures.edges[0].node.exemptions[0].exemptsFrom[0].id").entity(String.class).isEqualTo("m1");
		return this.queries.count();
	}

	@Test
	void aNestedRequestSendsTheSameNumberOfQueriesForFiveRowsAsForFifteen() {
		// fifteen, not fifty: fifty measures with all their goods, exemptions and sources cost more than a request may
		// (see CostModel)
		long five = queriesFor(5);
		long fifteen = queriesFor(15);
		assertThat(fifteen).isEqualTo(five);
		// one for the page, one per nested field: imposedBy, measuresImposed, appliesTo, goods, sources,
		// amends, exemptions, exemptsFrom; amends.sources asks the sources loader for measures it has
		// already loaded, so it costs nothing
		assertThat(five).isEqualTo(9);
	}

}
