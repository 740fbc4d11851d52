package org.tariffgraph.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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

/**
 * Neo4j Community in this process, with Bolt and HTTP (Browser, Query API) like a server, its store in a
 * folder that survives restarts. A lock file on that folder and a check of the ports turn "another copy is
 * running" into one clear sentence instead of a stack trace from deep inside Neo4j.
 */
final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private final LocalNeo4jProperties properties;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final DatabaseManagementService dbms;

	EmbeddedNeo4j(LocalNeo4jProperties properties) {
		this.properties = properties;
		Path home = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(home);
			this.lockChannel = FileChannel.open(home.resolve("tariff-graph.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			this.lock = tryLock(this.lockChannel);
		}
		catch (IOException ex) {
			throw new LocalStartupException("The data folder %s cannot be used: %s.".formatted(home, ex.getMessage()),
					"Choose another folder with --tariff-graph.local.data-dir=PATH.");
		}
		if (this.lock == null) {
			close(this.lockChannel);
			throw new LocalStartupException(
					"The data folder %s is in use by another running Tariff Graph.".formatted(home),
					"Stop the other copy, or give this one its own folder with --tariff-graph.local.data-dir=PATH.");
		}
		checkPortFree(properties.listenAddress(), properties.boltPort(), "Bolt", "bolt-port");
		checkPortFree(properties.listenAddress(), properties.httpPort(), "HTTP", "http-port");
		Config config = Config.newBuilder()
			.set(GraphDatabaseSettings.neo4j_home, home)
			.set(GraphDatabaseSettings.auth_enabled, false)
			.set(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.set(BoltConnector.enabled, true)
			.set(BoltConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.boltPort()))
			.set(BoltConnector.advertised_address, new SocketAddress("localhost", properties.boltPort()))
			.set(HttpConnector.enabled, true)
			.set(HttpConnector.listen_address, new SocketAddress(properties.listenAddress(), properties.httpPort()))
			.set(HttpConnector.advertised_address, new SocketAddress("localhost", properties.httpPort()))
			.set(HttpsConnector.enabled, false)
			.build();
		logger.info("Starting the in-process Neo4j in " + home);
		this.dbms = new DatabaseManagementServiceFactory(DbmsInfo.COMMUNITY, CommunityEditionModule::new).build(config,
				false, GraphDatabaseDependencies.newDependencies());
	}

	String boltUri() {
		return "bolt://localhost:" + this.properties.boltPort();
	}

	String browserUrl() {
		return "http://localhost:" + this.properties.httpPort() + "/browser/";
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
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
