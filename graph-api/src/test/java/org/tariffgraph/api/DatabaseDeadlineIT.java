package org.tariffgraph.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.testing.TestNeo4j;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database query still running when the request's time is up is stopped by the database then, not at its own,
 * longer timeout, and the client is answered then. The query is {@code exemptionsReachingIndustry} over an
 * industry hierarchy of five layers of 30, each industry part of every industry of the layer above: 24 million
 * paths from the exemption's good to the top, which take far longer to list than either timeout here.
 */
@ApiTest
@TestPropertySource(properties = { "tariff-graph.api.request-timeout=1s", "tariff-graph.api.query-timeout=120s" })
class DatabaseDeadlineIT {

	private static final String SLOW = "PART_OF*0..5";

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void denseIndustries() {
		TestNeo4j.clean();
		TestNeo4j.load("""
				CREATE (e:Entity:Exemption {uid: 'exemption:x', id: 'x', title: 'X', kind: 'goods'}),
				       (g:Entity:Good {uid: 'good:01', hsCode: '01', level: 2}),
				       (top:Entity:Industry {uid: 'industry:99', naicsCode: '99', level: 2, title: 'Top'}),
				       (e)-[:COVERS]->(g)
				WITH g, top
				UNWIND range(1, 5) AS layer
				UNWIND range(1, 30) AS i
				CREATE (:Entity:Industry {uid: 'industry:' + layer + '-' + i, naicsCode: layer + '-' + i, level: 3,
				                          title: 'I', layer: layer})
				WITH DISTINCT g, top
				MATCH (low:Industry {layer: 1}) CREATE (g)-[:MADE_BY]->(low)
				WITH DISTINCT top
				MATCH (x:Industry), (y:Industry) WHERE y.layer = x.layer + 1 CREATE (x)-[:PART_OF]->(y)
				WITH DISTINCT top
				MATCH (high:Industry {layer: 5}) CREATE (high)-[:PART_OF]->(top)""");
	}

	@AfterEach
	void stopWhatIsLeft() {
		TestNeo4j.driver().executableQuery("""
				SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $slow
				TERMINATE TRANSACTIONS transactionId YIELD transactionId AS stopped RETURN stopped""").withParameters(Map.of("slow", SLOW)).execute();
	}

	@Test
	void aQueryRunningAtTheDeadlineIsStoppedThenAndTheClientAnswered() throws InterruptedException {
		long start = System.nanoTime();
		this.graphQl.document("{ exemptionsReachingIndustry(naicsCode: \"99\") { exemption { id } } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("took longer than the API allows"))
			.verify();
		Duration answered = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("DatabaseDeadlineIT: answered after " + answered.toMillis() + " ms (request timeout 1 s)");
		assertThat(answered).as("answered within the request timeout of 1 s, with room for a busy machine")
			.isLessThan(Duration.ofSeconds(5));
		Thread.sleep(500);
		assertThat(runningSlowQueries())
			.as("the database query stopped with the request, not at its own timeout of 120 s")
			.isEmpty();
	}

	private static List<String> runningSlowQueries() {
		return TestNeo4j.driver().executableQuery("""
				SHOW TRANSACTIONS YIELD currentQuery, elapsedTime WHERE currentQuery CONTAINS $slow
				RETURN currentQuery + ' (running for ' + toString(elapsedTime) + ')' AS query""")
			.withParameters(Map.of("slow", SLOW))
			.execute()
			.records()
			.stream()
			.map(r -> r.get("query").asString())
			.toList();
	}

}
