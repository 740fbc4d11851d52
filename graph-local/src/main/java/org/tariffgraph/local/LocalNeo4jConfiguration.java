package org.tariffgraph.local;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.tariffgraph.api.start.DatabaseBrowser;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Starts the in-process Neo4j and points Boot's driver at it. */
@Configuration(proxyBeanMethods = false)
class LocalNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(LocalNeo4jProperties properties, Environment environment) {
		return new EmbeddedNeo4j(properties, BrowserSetup.of(environment));
	}

	/** For the start page: Browser's address and how to log in, naming the password file, never the password. */
	@Bean
	DatabaseBrowser databaseBrowser(EmbeddedNeo4j neo4j) {
		return new DatabaseBrowser(neo4j.browserUrl(), "user %s with the password in %s".formatted(LocalCredentials.USER,
				neo4j.credentials().file()));
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
				return AuthTokens.basic(LocalCredentials.USER, neo4j.credentials().password());
			}
		};
	}

}
