package org.tariffgraph.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API started against the shared in-process Neo4j, with a {@code GraphQlTester}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TariffGraphApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureGraphQlTester
public @interface ApiTest {

	/** Points the API at the shared in-process database; used from each test class. */
	final class Neo4jProperties {

		private Neo4jProperties() {
		}

		public static void register(DynamicPropertyRegistry registry) {
			registry.add("spring.neo4j.uri", org.tariffgraph.model.testing.TestNeo4j::boltUri);
		}

	}

}
