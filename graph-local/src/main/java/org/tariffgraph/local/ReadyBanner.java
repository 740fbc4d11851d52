package org.tariffgraph.local;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says, once everything answers, what is serving where. */
@Component
final class ReadyBanner implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(ReadyBanner.class);

	private final EmbeddedNeo4j neo4j;

	ReadyBanner(EmbeddedNeo4j neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		int port = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? web.getWebServer().getPort() : 8080;
		logger.info("""

				Tariff Graph is ready.
				  GraphQL API     http://localhost:%1$d/graphql
				  GraphiQL        http://localhost:%1$d/graphiql
				  Neo4j Browser   %2$s  (connect to %3$s, no authentication)
				  Health          http://localhost:%1$d/actuator/health
				""".formatted(port, this.neo4j.browserUrl(), this.neo4j.boltUri()));
	}

}
