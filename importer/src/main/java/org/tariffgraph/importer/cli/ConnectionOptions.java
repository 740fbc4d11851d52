package org.tariffgraph.importer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Option;

/**
 * How to reach Neo4j, named as Neo4j's own tools name it. The password is read from the environment, a
 * file or a prompt, never from the command line, so that it shows in no process list.
 */
final class ConnectionOptions {

	@Option(names = { "-a", "--address" }, paramLabel = "URI", defaultValue = "${env:NEO4J_URI:-bolt://localhost:7687}",
			converter = OptionValues.Neo4jAddress.class,
			description = "Neo4j address: bolt://, neo4j:// (cluster, Aura) or their +s variants. "
					+ "Env: NEO4J_URI. Default: ${DEFAULT-VALUE}.")
	String address;

	@Option(names = { "-u", "--username" }, paramLabel = "NAME", defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
			description = "User name. Env: NEO4J_USERNAME. Default: ${DEFAULT-VALUE}.")
	String username;

	@Option(names = { "-p", "--password" }, interactive = true, arity = "0",
			description = "Ask for the password at a prompt. Otherwise it is read from NEO4J_PASSWORD or "
					+ "--password-file; with none of these the importer connects without authentication.")
	char @Nullable [] password;

	@Option(names = "--password-file", paramLabel = "FILE", converter = OptionValues.ReadableFile.class,
			description = "Read the password from the first line of this file (the main job keeps its own in "
					+ "tariff-graph-data/neo4j-password).")
	@Nullable Path passwordFile;

	@Option(names = { "-d", "--database" }, paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE}",
			description = "Database to write to. Env: NEO4J_DATABASE. Default: the server's default database.")
	@Nullable String database;

	Driver connect() throws IOException {
		return GraphDatabase.driver(this.address, authToken(),
				Config.builder().withUserAgent("tariff-graph-importer").withLogging(new DriverWarnings()).build());
	}

	private AuthToken authToken() throws IOException {
		String secret = null;
		if (this.password != null) {
			secret = new String(this.password);
		}
		else if (this.passwordFile != null) {
			secret = Files.readAllLines(this.passwordFile).stream().findFirst().orElse("");
		}
		else if (System.getenv("NEO4J_PASSWORD") != null) {
			secret = System.getenv("NEO4J_PASSWORD");
		}
		return (secret == null) ? AuthTokens.none() : AuthTokens.basic(this.username, secret);
	}

	/**
	 * Says why Neo4j failed and what to do, on standard error, and returns the exit code. Refused credentials
	 * are told apart from a lost connection: running again helps the one, not the other.
	 */
	int failed(Neo4jException ex, PrintWriter err, String again) {
		if (ex instanceof AuthenticationException) {
			err.println("Neo4j at " + describe() + " refused the credentials: " + ex.getMessage());
			err.println("Give the password with NEO4J_PASSWORD, --password-file FILE or -p (the main job keeps its own in "
					+ "tariff-graph-data/neo4j-password), and the user with --username.");
		}
		else {
			err.println("Neo4j at " + describe() + " failed: " + ex.getMessage());
			err.println("Nothing is lost: " + again);
		}
		return ExitCodes.DATABASE;
	}

	/** Where the importer writes, for messages; never with the password. */
	String describe() {
		return this.address + ((this.database == null || this.database.isBlank()) ? "" : " (database " + this.database + ")");
	}

}
