package org.tariffgraph.api.database;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/** Says at start-up which database the API talks to: address and server version, never credentials. */
@Component
final class DatabaseInfoLogger implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DatabaseInfoLogger.class);

	private final Driver driver;

	private final Neo4jConnectionDetails connection;

	DatabaseInfoLogger(Driver driver, Neo4jConnectionDetails connection) {
		this.driver = driver;
		this.connection = connection;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			var agent = this.driver.executableQuery("CALL dbms.components() YIELD name, versions RETURN name + ' ' + versions[0] AS agent")
				.execute().records().get(0).get("agent").asString();
			logger.info("Reading from %s at %s".formatted(agent, this.connection.getUri()));
		}
		catch (RuntimeException ex) {
			logger.warn("Neo4j at %s is not reachable yet: %s".formatted(this.connection.getUri(), ex.getMessage()));
		}
	}

}
