package org.tariffgraph.model.schema;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.testing.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GraphSchemaIT {

	@Test
	void migrationsCreateAUniqueKeyForEveryKindAndTheFullTextIndex() {
		var driver = TestNeo4j.driver();
		List<String> constrained = driver.executableQuery("""
				SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type
				WHERE type = 'UNIQUENESS'
				RETURN labelsOrTypes[0] + '.' + properties[0] AS key""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("key").asString())
			.toList();
		for (EntityKind kind : EntityKind.values()) {
			assertThat(constrained).contains(kind.label() + "." + kind.keyProperty());
		}
		assertThat(constrained).contains("Entity.uid");
		var fulltext = driver.executableQuery("SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names")
			.execute()
			.records()
			.get(0)
			.get("names")
			.asList();
		assertThat(fulltext).contains("entity_search");
		var analyzer = driver.executableQuery("""
				SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_search'
				RETURN options.indexConfig['fulltext.analyzer'] AS analyzer""").execute().records().get(0).get("analyzer");
		assertThat(analyzer.asString()).as("search matches words by their English stem").isEqualTo("english");
	}

	@Test
	void applyingTheMigrationsAgainChangesNothing() {
		var driver = TestNeo4j.driver();
		String before = GraphSchema.migrate(driver);
		String again = GraphSchema.migrate(driver);
		assertThat(again).as("the version of the last migration in the index")
			.isEqualTo(before)
			.isEqualTo("%03d".formatted(GraphSchema.indexedMigrations().size()));
	}

	@Test
	void aLockLeftByAProcessKilledDuringAMigrationDoesNotBlockTheNextOne() {
		var driver = TestNeo4j.driver();
		GraphSchema.migrate(driver);
		driver.executableQuery("CREATE (:" + GraphSchema.LOCK_LABEL + " {id: 'left-behind', name: 'John Doe'})").execute();
		assertThat(GraphSchema.migrate(driver)).isEqualTo("%03d".formatted(GraphSchema.indexedMigrations().size()));
		assertThat(driver.executableQuery("MATCH (l:" + GraphSchema.LOCK_LABEL + ") RETURN count(l) AS n").execute()
			.records().get(0).get("n").asLong()).as("the lock left behind is gone").isZero();
	}

	@Test
	void theDatabaseRejectsADuplicateKey() {
		TestNeo4j.clean();
		TestNeo4j.load("CREATE (:Entity:Country {uid: 'country:CN', iso2: 'CN', iso3: 'CHN'})");
		assertThatExceptionOfType(ClientException.class)
			.isThrownBy(() -> TestNeo4j.load("CREATE (:Entity:Country {uid: 'country:CN2', iso2: 'CN', iso3: 'CHX'})"))
			.withMessageContaining("already exists");
		TestNeo4j.clean();
	}

}
