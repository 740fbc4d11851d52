package org.tariffgraph.local;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process database's settings ({@code tariff-graph.local.*}, or environment variables such as
 * {@code TARIFF_GRAPH_LOCAL_DATA_DIR}).
 * @param dataDir where the database lives; it survives restarts
 * @param listenAddress the interface Bolt and HTTP listen on; loopback by default because authentication
 * is off
 * @param boltPort Bolt port, for drivers, the importer and Browser
 * @param httpPort HTTP port, for Neo4j Browser and the Query API
 * @param pageCache memory for Neo4j's page cache
 * @param importBundledDataset whether to import the bundled dataset when the database is empty
 * @param importBundledReference whether to load the shipped reference data (HS 2022, NAICS 2022, the US tariff
 * lines and the measures' product lists) with it
 */
@ConfigurationProperties("tariff-graph.local")
record LocalNeo4jProperties(@DefaultValue("tariff-graph-data") Path dataDir,
		@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("7687") int boltPort,
		@DefaultValue("7474") int httpPort, @DefaultValue("256m") String pageCache,
		@DefaultValue("true") boolean importBundledDataset, @DefaultValue("true") boolean importBundledReference) {
}
