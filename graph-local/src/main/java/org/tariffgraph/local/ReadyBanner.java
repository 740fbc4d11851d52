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
		var server = (event.getApplicationContext() instanceof WebServerApplicationContext web) ? web.getWebServer() : null;
		int port = (server != null) ? server.getPort() : 8080;
		// where the password is kept, never the password: logs are copied and shared
		logger.info("""

				Tariff Graph is ready.
				  Start page      http://localhost:%1$d/
				  GraphQL API     http://localhost:%1$d/graphql
				  GraphiQL        http://localhost:%1$d/graphiql
				  Neo4j Browser   %2$s
				  Bolt            %3$s  user %4$s, password in %5$s
				  Health          http://localhost:%1$d/actuator/health
				""".formatted(port, this.neo4j.browserUrl(), this.neo4j.boltUri(), LocalCredentials.USER,
				this.neo4j.credentials().file()));
	}

}
