package org.tariffgraph.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.facade.DatabaseManagementServiceFactory;
import org.neo4j.graphdb.facade.GraphDatabaseDependencies;
import org.neo4j.graphdb.factory.module.edition.CommunityEditionModule;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.impl.factory.DbmsInfo;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Neo4j Community in this process, with Bolt and HTTP (Browser, Query API) like a server, its store in a
 * folder that survives restarts. A lock file on that folder and a check of the ports turn "another copy is
 * running" into one clear sentence instead of a stack trace from deep inside Neo4j.
 * <p>
 * Authentication is on, with a password generated on the first start ({@link LocalCredentials}): listening on
 * loopback does not keep out a web page in the user's own browser, which can reach Bolt over WebSocket and the
 * HTTP API. The HTTP API grants no other origin (its CORS header names Browser's own origin only), and Browser
 * runs Tariff Graph's guide and style after it connects.
 */
final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private final LocalNeo4jProperties properties;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final DatabaseManagementService dbms;

	private final LocalCredentials credentials;

	EmbeddedNeo4j(LocalNeo4jProperties properties, BrowserSetup browser) {
		this.properties = properties;
		Path home = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(home);
			this.lockChannel = FileChannel.open(home.resolve("tariff-graph.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock held = tryLock(this.lockChannel);
			if (held == null) {
				close(this.lockChannel);
				throw new LocalStartupException(
						"The data folder %s is in use by another running Tariff Graph.".formatted(home),
						"Stop the other copy, or give this one its own folder with --tariff-graph.local.data-dir=PATH.");
			}
			this.lock = held;
			this.credentials = LocalCredentials.in(home);
		}
		catch (IOException ex) {
			throw new LocalStartupException("The data folder %s cannot be used: %s.".formatted(home, ex.getMessage()),
					"Choose another folder with --tariff-graph.local.data-dir=PATH.");
		}
		checkPortFree(properties.listenAddress(), properties.boltPort(), "Bolt", "bolt-port");
		checkPortFree(properties.listenAddress(), properties.httpPort(), "HTTP", "http-port");
		Config config = Config.newBuilder()
			.set(GraphDatabaseSettings.neo4j_home, home)
			.set(GraphDatabaseSettings.auth_enabled, true)
			.set(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.set(BoltConnector.enabled, true)
			.set(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.boltPort()))
			.set(BoltConnector.advertised_address, new SocketAddress("localhost", properties.boltPort()))
			.set(HttpConnector.enabled, true)
			.set(HttpConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.httpPort()))
			.set(HttpConnector.advertised_address, new SocketAddress("localhost", properties.httpPort()))
			.set(HttpsConnector.enabled, false)
			// Neo4j's default is "*": any page the user visits could call the HTTP API
			.set(ServerSettings.http_access_control_allow_origin, browserOrigin())
			.set(ServerSettings.browser_post_connect_cmd, browser.postConnectCommand())
			.set(ServerSettings.browser_remote_content_hostname_whitelist, browser.allowedHosts())
			// Browser would otherwise report usage to Neo4j, and ask about it, from a database meant to work offline
			.set(ServerSettings.allow_telemetry, false)
			.build();
		logger.info("Starting the in-process Neo4j in " + home);
		this.dbms = new DatabaseManagementServiceFactory(DbmsInfo.COMMUNITY, CommunityEditionModule::new).build(config,
				false, GraphDatabaseDependencies.newDependencies());
		try {
			setPassword();
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * Gives the {@code neo4j} user the kept password, with no change required at the first login. Run on every
	 * start, so that a database folder made afresh beside a kept password file gets it too; Neo4j refuses a
	 * "change" to the same password, which here means it is already set.
	 */
	private void setPassword() {
		try {
			this.dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + LocalCredentials.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", this.credentials.password()));
			if (this.credentials.generated()) {
				logger.info("Generated the database password, kept in " + this.credentials.file());
			}
		}
		catch (RuntimeException ex) {
			if (!sameAsBefore(ex)) {
				throw new LocalStartupException("The password of the in-process database could not be set.",
						"Delete %s and start again to have a new one made.".formatted(this.credentials.file()));
			}
		}
	}

	private static boolean sameAsBefore(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("cannot be the same")) {
				return true;
			}
		}
		return false;
	}

	LocalCredentials credentials() {
		return this.credentials;
	}

	String browserOrigin() {
		return "http://localhost:" + this.properties.httpPort();
	}

	String boltUri() {
		return "bolt://localhost:" + this.properties.boltPort();
	}

	/** Browser's address, with the server and user filled in so that only the password is asked for. */
	String browserUrl() {
		return browserOrigin() + "/browser/?dbms=" + URLEncoder.encode(
				"neo4j://" + LocalCredentials.USER + "@localhost:" + this.properties.boltPort(), StandardCharsets.UTF_8);
	}

	private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	private static void checkPortFree(String host, int port, String what, String property) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new LocalStartupException(
					"The %s port %d on %s is already in use, probably by another Tariff Graph or Neo4j.".formatted(what,
							port, host),
					"Stop whatever uses port %d, or choose another with --tariff-graph.local.%s=PORT.".formatted(port,
							property));
		}
	}

	@Override
	public void close() {
		try {
			this.dbms.shutdown();
		}
		finally {
			try {
				this.lock.release();
			}
			catch (IOException ex) {
				logger.debug("Could not release the data folder lock", ex);
			}
			close(this.lockChannel);
		}
	}

	private static void close(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			logger.debug("Could not close the lock file", ex);
		}
	}

}
