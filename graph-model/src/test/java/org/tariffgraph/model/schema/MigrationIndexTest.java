package org.tariffgraph.model.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationIndexTest {

	@Test
	void theIndexNamesEveryMigrationFileInOrder() throws IOException {
		Path folder = Path.of("src/main/resources/neo4j/migrations");
		try (Stream<Path> files = Files.list(folder)) {
			var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList();
			var indexed = GraphSchema.indexedMigrations().stream()
				.map(url -> url.getPath().substring(url.getPath().lastIndexOf('/') + 1))
				.toList();
			assertThat(indexed).isEqualTo(onDisk);
		}
	}

}
