package org.tariffgraph.importer.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.importer.GraphSnapshots;
import org.tariffgraph.importer.cli.ImporterCli;
import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.dataset.DatasetFixture;
import org.tariffgraph.model.testing.TestNeo4j;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every kind we know, against a graph that already holds a valid import: each is refused by the
 * command users run, with exit 1 and the place of the problem (file:line:column, or the file), and the graph
 * is exactly as it was.
 */
class BadInputCorpusIT {

	@TempDir
	Path dir;

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine cli = ImporterCli.commandLine();
		cli.setOut(new PrintWriter(new StringWriter(), true));
		this.err.getBuffer().setLength(0);
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

	@Test
	void everyBadDatasetIsRefusedWithItsPlaceAndTheGraphIsUnchanged() throws IOException {
		TestNeo4j.clean();
		Path valid = DatasetFixture.small(Files.createDirectories(this.dir.resolve("valid"))).folder();
		assertThat(run("import", "-a", TestNeo4j.boltUri(), valid.toString())).isZero();
		List<String> before = GraphSnapshots.take(TestNeo4j.driver());
		int tried = 0;
		int n = 0;
		for (var corruption : corpus()) {
			DatasetFixture fixture = DatasetFixture.small(Files.createDirectories(this.dir.resolve("bad-" + n++)));
			corruption.getValue().accept(fixture);
			int code = run("import", "-a", TestNeo4j.boltUri(), fixture.folder().toString());
			assertThat(code).as("exit code for %s: %s", corruption.getKey(), this.err).isEqualTo(1);
			assertThat(this.err.toString()).as("the refusal of bad input #%d", n).contains(corruption.getKey().split("#")[0])
				.contains("nothing was written").doesNotContain("\tat ");
			assertThat(GraphSnapshots.take(TestNeo4j.driver())).as("the graph after %s", corruption.getKey()).isEqualTo(before);
			tried++;
		}
		byte[] notUtf8 = "iso2,iso3,name,aliases,sources\nIN,IND,Ind\u00e9a,,seed\n".getBytes(StandardCharsets.ISO_8859_1);
		DatasetFixture latin1 = DatasetFixture.small(Files.createDirectories(this.dir.resolve("bad-latin1")));
		Files.write(latin1.folder().resolve("countries.csv"), notUtf8);
		assertThat(run("import", "-a", TestNeo4j.boltUri(), latin1.folder().toString())).isEqualTo(1);
		assertThat(this.err.toString()).contains("countries.csv:2:11: expected UTF-8 text");
		assertThat(GraphSnapshots.take(TestNeo4j.driver())).isEqualTo(before);
		tried++;
		System.out.printf("BadInputCorpusIT: %d bad datasets tried, %d refused with nothing written%n", tried, tried);
	}

	@Test
	void everyBadReferenceFileIsRefusedWithItsPlaceAndTheGraphIsUnchanged() throws IOException {
		TestNeo4j.clean();
		List<String> header = List.of("section,hscode,description,parent,level", "I,01,Live animals,TOTAL,2", "I,0101,Horses,01,4");
		Path good = this.dir.resolve("hs.csv");
		Files.write(good, header);
		assertThat(run("reference", "-a", TestNeo4j.boltUri(), "--hs", good.toString())).isZero();
		List<String> before = GraphSnapshots.take(TestNeo4j.driver());
		Map<String, List<String>> bad = Map.of(
				":4:20: expected the parent 0201", List.of("I,020110,Carcasses,0201,6"),
				":4:10: expected text, found the control character U+0000", List.of("I,0102,Bo\u0000vines,01,4"),
				":4:8: expected a closing quote", List.of("I,0102,\"Bovines,01,4"),
				":4:3: expected an HS code of 2, 4 or 6 digits", List.of("I,01x2,Bovines,01,4"),
				":4:19: expected level 4", List.of("I,0102,Bovines,01,6"),
				":4:3: expected each code once", List.of("I,0101,Horses again,01,4"));
		int n = 0;
		for (var corruption : bad.entrySet()) {
			Path file = this.dir.resolve("hs-bad-" + n++ + ".csv");
			List<String> lines = new ArrayList<>(header);
			lines.addAll(corruption.getValue());
			Files.write(file, lines);
			assertThat(run("reference", "-a", TestNeo4j.boltUri(), "--hs", file.toString()))
				.as("exit code for %s: %s", corruption.getKey(), this.err).isEqualTo(1);
			assertThat(this.err.toString()).contains(file + corruption.getKey()).doesNotContain("\tat ");
			assertThat(GraphSnapshots.take(TestNeo4j.driver())).as("the graph after %s", corruption.getKey()).isEqualTo(before);
		}
		System.out.printf("BadInputCorpusIT: %d bad reference files tried, %d refused with nothing written%n", n, n);
	}

	/** Corruptions of the small dataset, each with the place its refusal must name (after # only a label). */
	private static List<Map.Entry<String, Consumer<DatasetFixture>>> corpus() {
		return List.of(
				Map.entry("countries.csv:4:11", f -> f.append("countries.csv", "IN,IND,Ind\u0000ia,,seed")),
				Map.entry("countries.csv:4:12", f -> f.append("countries.csv", "IN,IND,\"Ind\u0007ia\",,seed")),
				Map.entry("countries.csv:4:8", f -> f.append("countries.csv", "IN,IND,\"India,,seed")),
				Map.entry("countries.csv:4:10", f -> f.append("countries.csv", "IN,IND,In\"dia,,seed")),
				Map.entry("countries.csv:4:8", f -> f.append("countries.csv", "IN,IND," + "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1) + ",,seed")),
				Map.entry("measures.csv:2:", f -> f.replaceLine("measures.csv", 2,
						"us-eo-14195,Fentanyl tariff on China,XX,CN,*,IEEPA,Executive Order 14195,10,,us-ieepa-fentanyl,2025-02-01,2025-02-04,2025-03-03,,,Additional duty,fr-90-9121")),
				Map.entry("measures.csv:2:#rate", f -> f.replaceLine("measures.csv", 2,
						"us-eo-14195,Fentanyl tariff on China,US,CN,*,IEEPA,Executive Order 14195,ten,,us-ieepa-fentanyl,2025-02-01,2025-02-04,2025-03-03,,,Additional duty,fr-90-9121")),
				Map.entry("measures.csv:2:#date", f -> f.replaceLine("measures.csv", 2,
						"us-eo-14195,Fentanyl tariff on China,US,CN,*,IEEPA,Executive Order 14195,10,,us-ieepa-fentanyl,2025-02-01,4 Feb 2025,2025-03-03,,,Additional duty,fr-90-9121")),
				Map.entry("measures.csv:2:#range", f -> f.replaceLine("measures.csv", 2,
						"us-eo-14195,Fentanyl tariff on China,US,CN,*,IEEPA,Executive Order 14195,5000,,us-ieepa-fentanyl,2025-02-01,2025-02-04,2025-03-03,,,Additional duty,fr-90-9121")),
				Map.entry("countries.csv:4:", f -> f.append("countries.csv", "CN,CHN,China again,,seed")),
				Map.entry("goods.csv:", f -> f.append("goods.csv", "95x3,Toys,,seed")),
				Map.entry("countries.csv:1:", f -> f.replaceLine("countries.csv", 1, "iso2,iso3,nom,aliases,sources")),
				Map.entry("planets.csv", f -> f.write("planets.csv", List.of("id,name", "mars,Mars"))),
				Map.entry("sources.csv", f -> f.delete("sources.csv")),
				Map.entry("countries.csv:1:1", f -> f.write("countries.csv", List.of())));
	}

}
