package org.tariffgraph.importer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.importer.dataset.DatasetFixture;
import org.tariffgraph.model.testing.TestNeo4j;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ImporterCliIT {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void clean() {
		TestNeo4j.clean();
	}

	private int run(String... args) {
		CommandLine cli = ImporterCli.commandLine();
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

	private long entities() {
		return TestNeo4j.driver().executableQuery("MATCH (n:Entity) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
	}

	@Test
	void importWritesAValidDatasetAndSaysWhatItDid() {
		int code = run("import", "-a", TestNeo4j.boltUri(), DatasetFixture.small(this.dir).folder().toString());
		assertThat(code).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains("is valid: 17 rows").contains("TariffMeasure").contains("rows/s");
		assertThat(entities()).isEqualTo(17);
	}

	@Test
	void anInvalidDatasetIsReportedInFullAndNothingIsWritten() {
		var fixture = DatasetFixture.small(this.dir).append("countries.csv", "IN,IND,,,seed").append("goods.csv", "9,x,,seed");
		int code = run("import", "-a", TestNeo4j.boltUri(), fixture.folder().toString());
		assertThat(code).isEqualTo(1);
		assertThat(this.err.toString()).contains("countries.csv:4:8: expected a value in 'name'")
			.contains("goods.csv:4:1: expected in 'hsCode'")
			.contains("2 problem(s) in ")
			.contains("nothing was written");
		assertThat(entities()).isZero();
	}

	@Test
	void anUnreachableDatabaseIsAClearErrorWithItsOwnExitCode() {
		int code = run("import", "-a", "bolt://127.0.0.1:1", DatasetFixture.small(this.dir).folder().toString());
		assertThat(code).isEqualTo(3);
		assertThat(this.err.toString()).startsWith("Neo4j at bolt://127.0.0.1:1 failed: ").contains("run the same import again");
	}

	@Test
	void dryRunAndValidateWriteNothing() {
		String folder = DatasetFixture.small(this.dir).folder().toString();
		assertThat(run("import", "--dry-run", "-a", TestNeo4j.boltUri(), folder)).isZero();
		assertThat(run("validate", folder)).isZero();
		assertThat(this.out.toString()).contains("Dry run: nothing written.");
		assertThat(entities()).isZero();
	}

	@Test
	void theBundledDatasetImportsByName() {
		assertThat(run("import", "-a", TestNeo4j.boltUri(), "bundled")).as(this.err.toString()).isZero();
		assertThat(entities()).isEqualTo(449);
	}

	@Test
	void theShippedReferenceDataLoadsByNameAndLinksTheBundledDatasetsProductLists() {
		assertThat(run("import", "-a", TestNeo4j.boltUri(), "bundled")).as(this.err.toString()).isZero();
		assertThat(run("reference", "-a", TestNeo4j.boltUri(), "--bundled")).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains("18700 HTS-10 lines under 10904 HTS-8 lines",
				"measure:us-s301-list-3 <- s301_list3_note.txt: 5906 code(s)",
				"exemption:us-s301-exclusions-list-3 <- s301_exclusions_note.csv?subdivision=iii: 14 code(s)");
		long covered = TestNeo4j.driver().executableQuery(
				"MATCH (:TariffMeasure {id: 'us-s301-list-3'})-[r:COVERS]->() WHERE r.list IS NOT NULL RETURN count(r) AS n")
			.execute().records().get(0).get("n").asLong();
		assertThat(covered).as("the codes of note 20(f), each linked once").isEqualTo(5906);
		assertThat(run("reference", "-a", TestNeo4j.boltUri(), "--bundled", "--hs", "x.csv")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Give either --bundled or files, not both");
	}

	@Test
	void helpTeachesTheFormatWithAnExample() {
		assertThat(run("import", "--help")).isZero();
		assertThat(this.out.toString()).contains("measures.csv").contains("inForceFrom").contains("Example");
		this.out.getBuffer().setLength(0);
		assertThat(run("reference", "--help")).isZero();
		assertThat(this.out.toString()).contains("--concordance").contains("ancestor");
	}

	@Test
	void aWrongCommandLineExitsWithTwo() {
		assertThat(run("import")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Missing required parameter: 'DATASET'");
		assertThat(run("reference")).isEqualTo(2);
	}

}
