package org.tariffgraph.local;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the in-process Neo4j and points Boot's driver at it. */
@Configuration(proxyBeanMethods = false)
class LocalNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(LocalNeo4jProperties properties) {
		return new EmbeddedNeo4j(properties);
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return URI.create(neo4j.boltUri());
			}

			@Override
			public AuthToken getAuthToken() {
				// The in-process database listens on loopback only and has authentication off
				return AuthTokens.none();
			}
		};
	}

}
