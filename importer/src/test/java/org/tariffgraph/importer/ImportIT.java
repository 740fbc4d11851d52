package org.tariffgraph.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.importer.dataset.BundledDataset;
import org.tariffgraph.importer.dataset.Dataset;
import org.tariffgraph.importer.dataset.DatasetFixture;
import org.tariffgraph.importer.dataset.DatasetReader;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.model.schema.ImportLog;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.testing.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImportIT {

	@TempDir
	Path dir;

	@BeforeEach
	void clean() {
		TestNeo4j.clean();
	}

	private static Dataset read(Path folder) throws IOException {
		var result = new DatasetReader(50).read(folder);
		assertThat(result.problems().describe()).isEmpty();
		return result.dataset();
	}

	private static ImportReport write(Dataset dataset, int batchSize, Progress progress) {
		return new DatasetImporter(TestNeo4j.driver(), null, batchSize, progress).write(dataset);
	}

	@Test
	void importingWritesNodesRelationshipsAndHierarchies() throws IOException {
		var report = write(read(DatasetFixture.small(this.dir).folder()), 1000, Progress.NONE);
		assertThat(report.nodes().get("TariffMeasure")).isEqualTo(new ImportReport.NodeCounts(2, 0, 0));
		// each pattern asked for on its own, so that a failure names the one that is missing
		for (String pattern : List.of(
				"(:TariffMeasure {id: 'us-eo-14228'})-[:AMENDS]->(:TariffMeasure {id: 'us-eo-14195'})",
				"(:TariffMeasure {id: 'us-eo-14228'})-[:IMPOSED_BY]->(:Country {iso2: 'US'})",
				"(:TariffMeasure {id: 'us-eo-14228'})-[:APPLIES_TO]->(:Country {iso2: 'CN'})",
				"(:TariffMeasure {id: 'us-eo-14228'})-[:SOURCED_BY]->(:Source {document: '90 FR 11463'})",
				"(:Good {hsCode: '9503'})-[:PART_OF]->(:Good {hsCode: '95'})",
				"(:Good {hsCode: '9503'})-[:MADE_BY]->(:Industry {naicsCode: '339930'})",
				"(:Industry {naicsCode: '339930'})-[:PART_OF*3]->(:Industry {naicsCode: '339'})",
				"(:Industry {naicsCode: '339'})-[:PART_OF]->(:Industry {naicsCode: '31-33'})",
				"(:Official {id: 'donald-trump'})-[:HOLDS]->(:Role {title: 'President of the United States'})-[:ROLE_AT]->(:Country {iso2: 'US'})",
				"(:Statement)-[:SAID_BY]->(:Official {id: 'donald-trump'})",
				"(:Official {id: 'donald-trump'})<-[:SAID_BY]-(:Statement)-[:ABOUT]->(:Good {hsCode: '9503'})")) {
			assertThat(TestNeo4j.driver().executableQuery("RETURN EXISTS { MATCH " + pattern + " } AS found").execute()
				.records().get(0).get("found").asBoolean()).as("the graph has %s", pattern).isTrue();
		}
		var measure = TestNeo4j.driver().executableQuery("""
				MATCH (m:TariffMeasure {id: 'us-eo-14228'}) RETURN m.rate AS rate, m.coversAllGoods AS all""")
			.execute()
			.records();
		assertThat(measure).as("measure us-eo-14228").singleElement().satisfies(r -> {
			assertThat(r.get("rate").asDouble()).as("its rate").isEqualTo(20.0);
			assertThat(r.get("all").asBoolean()).as("whether it covers all goods").isTrue();
		});
	}

	@Test
	void aCompletedImportIsLoggedWithItsNameRowsAndTimeOnceAKind() throws IOException {
		Dataset dataset = read(DatasetFixture.small(this.dir).folder());
		write(dataset, 1000, Progress.NONE);
		write(dataset, 1000, Progress.NONE);
		var log = TestNeo4j.driver().executableQuery(ImportLog.READ).execute().records();
		assertThat(log).as("one entry per kind of import, rewritten by each import").singleElement().satisfies(r -> {
			assertThat(r.get("what").asString()).isEqualTo(ImportLog.DATASET);
			assertThat(r.get("name").asString()).isEqualTo(dataset.name());
			assertThat(r.get("rows").asLong()).isEqualTo(dataset.rowCount());
			assertThat(r.get("at").asZonedDateTime()).isAfter(ZonedDateTime.now().minusMinutes(5));
		});
	}

	@Test
	void importingTheSameDatasetTwiceChangesNothing() throws IOException {
		Dataset dataset = read(DatasetFixture.small(this.dir).folder());
		write(dataset, 1000, Progress.NONE);
		List<String> before = GraphSnapshots.take(TestNeo4j.driver());
		ImportReport second = write(dataset, 1000, Progress.NONE);
		assertThat(second.changedAnything()).as(second.describe()).isFalse();
		assertThat(second.nodes().get("Country")).isEqualTo(new ImportReport.NodeCounts(0, 0, 2));
		assertThat(GraphSnapshots.take(TestNeo4j.driver())).isEqualTo(before);
	}

	@Test
	void aChangedRowUpdatesItsNodeAndReplacesItsRelationships() throws IOException {
		var fixture = DatasetFixture.small(this.dir);
		write(read(fixture.folder()), 1000, Progress.NONE);
		fixture.replaceLine("measures.csv", 3,
				"us-eo-14228,Fentanyl tariff raised,US,CN,9503,IEEPA,Executive Order 14228,25,,us-ieepa-fentanyl,2025-03-03,2025-03-04,,,,,fr-90-9121");
		ImportReport report = write(read(fixture.folder()), 1000, Progress.NONE);
		assertThat(report.nodes().get("TariffMeasure")).isEqualTo(new ImportReport.NodeCounts(0, 1, 1));
		var m = TestNeo4j.driver().executableQuery("""
				MATCH (m:TariffMeasure {id: 'us-eo-14228'})
				RETURN m.rate AS rate, m.description AS description, m.coversAllGoods AS all,
				       COUNT { (m)-[:AMENDS]->() } AS amends,
				       [(m)-[:COVERS]->(g) | g.hsCode] AS goods,
				       [(m)-[:SOURCED_BY]->(s) | s.id] AS sources""").execute().records().get(0);
		assertThat(m.get("rate").asDouble()).isEqualTo(25.0);
		assertThat(m.get("description").isNull()).as("a cleared cell removes the property").isTrue();
		assertThat(m.get("all").asBoolean()).isFalse();
		assertThat(m.get("amends").asLong()).isZero();
		assertThat(m.get("goods").asList()).containsExactly("9503");
		assertThat(m.get("sources").asList()).containsExactly("fr-90-9121");
	}

	@Test
	void anImportCutOffPartWayIsCompletedByARerunToTheStateOfACleanImport() throws IOException {
		Dataset dataset = read(DatasetFixture.small(this.dir).folder());
		write(dataset, 1000, Progress.NONE);
		List<String> clean = GraphSnapshots.take(TestNeo4j.driver());
		TestNeo4j.clean();

		// Stops the import after its third committed batch, as a killed process or a lost database would
		Progress dyingAfterThreeBatches = new Progress() {
			int batches;

			@Override
			public void update(String step, long done, long total) {
				if (++this.batches == 3) {
					throw new IllegalStateException("connection lost");
				}
			}
		};
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> write(dataset, 1, dyingAfterThreeBatches));
		assertThat(GraphSnapshots.take(TestNeo4j.driver())).isNotEqualTo(clean).isNotEmpty();

		write(dataset, 1000, Progress.NONE);
		assertThat(GraphSnapshots.take(TestNeo4j.driver())).isEqualTo(clean);
	}

	@Test
	void theBundledDatasetImportsWithEveryEntitySourced() {
		var result = BundledDataset.read(50);
		write(result.dataset(), 1000, Progress.NONE);
		var unsourced = TestNeo4j.driver().executableQuery("""
				MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:SOURCED_BY]->(:Source)
				RETURN collect(n.uid) AS uids""").execute().records().get(0).get("uids").asList();
		assertThat(unsourced).isEmpty();
		Map<String, Object> counts = TestNeo4j.driver().executableQuery("""
				RETURN COUNT { (:Statement) } AS statements, COUNT { (:TariffMeasure) } AS measures,
				       COUNT { (:Exemption) } AS exemptions, COUNT { (:Official)-[:HOLDS]->(:Role) } AS roles""")
			.execute().records().get(0).asMap();
		assertThat(counts).containsEntry("statements", 14L).containsEntry("measures", 72L)
			.containsEntry("exemptions", 28L).containsEntry("roles", 6L);
	}

}
