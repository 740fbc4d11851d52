package org.tariffgraph.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.Version;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same lookups as {@link LookupIT} against a Neo4j server in a container, where Docker exists; skipped
 * elsewhere (everything here is also checked in-process).
 */
@ApiTest
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:" + Version.getNeo4jVersion())
		.withoutAuthentication();

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
	}

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void fixture() throws Exception {
		try (var driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.none()); var session = driver.session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
			try (var in = getClass().getResourceAsStream("/fixtures/small-graph.cypher")) {
				session.run(new String(in.readAllBytes())).consume();
			}
		}
	}

	@Test
	void aMeasureComesWithItsCountryAndSources() {
		this.graphQl.documentName("measureWithSources")
			.variable("id", "us-eo-14266")
			.execute()
			.path("measure.imposedBy.iso2").entity(String.class).isEqualTo("US")
			.path("measure.sources[*].id").entityList(String.class).containsExactly("fr-90-15625", "seed");
	}

}
