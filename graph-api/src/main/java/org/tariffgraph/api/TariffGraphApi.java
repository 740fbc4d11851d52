package org.tariffgraph.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The GraphQL API over a Neo4j that already holds the graph. It keeps no state of its own, so any number of
 * copies can serve one database; point it at a server with {@code spring.neo4j.uri} (or {@code NEO4J_URI}).
 */
@SpringBootApplication
public class TariffGraphApi {

	public static void main(String[] args) {
		SpringApplication.run(TariffGraphApi.class, args);
	}

}
