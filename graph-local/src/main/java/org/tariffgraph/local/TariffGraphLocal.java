package org.tariffgraph.local;

import org.tariffgraph.api.TariffGraphApi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The main job: an in-process Neo4j (Bolt and HTTP with Neo4j Browser), the bundled dataset imported into
 * it on first start, and the GraphQL API reading from it, in one process with the data in a folder on disk.
 */
@SpringBootApplication
@Import(TariffGraphApi.class)
@PropertySource("classpath:tariff-graph-local-defaults.properties")
@EnableConfigurationProperties(LocalNeo4jProperties.class)
public class TariffGraphLocal {

	public static void main(String[] args) {
		SpringApplication.run(TariffGraphLocal.class, args);
	}

}
