package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.importer.DatasetImporter;
import org.tariffgraph.importer.dataset.DatasetFixture;
import org.tariffgraph.importer.dataset.DatasetReader;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.testing.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measure that names a product list gets COVERS links to the listed lines: lines of the nomenclature, lines
 * of another HTS revision kept as goods of their own and mapped to their successors, and a list that changes
 * is followed exactly, while the dataset's own links stay.
 */
class ProductListImportIT {

	private static final String LIST_MEASURE = "us-s301-list-1,Section 301 List 1,US,CN,9503,IEEPA,USTR notice,25,,us-section-301,,2018-07-06,,,,List 1,fr-90-9121";

	@TempDir
	Path dir;

	private Path lists;

	@BeforeEach
	void setUp() throws IOException {
		TestNeo4j.clean();
		this.lists = Files.createDirectories(this.dir.resolve("lists"));
		Files.write(this.lists.resolve("crosswalk.csv"), List.of("hs10,hs6_code,gtap_code,description",
				"9503000010,950300,OMF,Toys : Dolls", "9503000090,950300,OMF,Toys : Other",
				"8542310015,854231,ELE,Processors : Multichip"));
		Files.write(this.lists.resolve("hts_concordance.csv"), List.of(
				"old_hts10,new_hts10,revision_from,revision_to,change_type,description_old,description_new,similarity",
				"8542310001,8542310015,rev_1,rev_2,rename,old,new,1"));
		writeList("85423100,1,9903.88.01", "8542310001,1,9903.88.01", "95030000,2,9903.88.02");
		var fixture = DatasetFixture.small(Files.createDirectories(this.dir.resolve("dataset")));
		List<String> measures = new ArrayList<>(Files.readAllLines(fixture.folder().resolve("measures.csv")));
		measures.replaceAll(line -> line + ",");
		measures.set(0, measures.get(0) + "productLists");
		measures.add(LIST_MEASURE + ",s301.csv?ch99_code=9903.88.01");
		fixture.write("measures.csv", measures);
		var result = new DatasetReader(50).read(fixture.folder());
		assertThat(result.problems().describe()).isEmpty();
		new DatasetImporter(TestNeo4j.driver(), null, 1000, Progress.NONE).write(result.dataset());
	}

	private void writeList(String... rows) throws IOException {
		Files.write(this.lists.resolve("s301.csv"), Stream
			.concat(Stream.of("hts8,list,ch99_code"), Arrays.stream(rows))
			.toList());
	}

	private ImportReport load() {
		var files = ReferenceImporter.Files.of(null, null, this.lists.resolve("crosswalk.csv"), null, this.lists);
		var plan = ReferenceImporter.read(files, 50);
		assertThat(plan.problems().describe()).isEmpty();
		var lists = ReferenceImporter.planLists(TestNeo4j.driver(), null, plan, files.productLists(), 50);
		assertThat(lists.problems().describe()).isEmpty();
		return ReferenceImporter.write(TestNeo4j.driver(), null, 100, Progress.NONE, plan, lists, null);
	}

	/** code, list, mapping, listedOnly, parent of every good the measure covers. */
	private static List<String> covers() {
		return TestNeo4j.driver().executableQuery("""
				MATCH (:TariffMeasure {id: 'us-s301-list-1'})-[r:COVERS]->(g:Good)
				RETURN g.hsCode + ' ' + coalesce(r.list, '-') + ' ' + coalesce(r.mapping, '-') + ' '
				       + coalesce(g.listedOnly, false) + ' ' + coalesce(head([(g)-[:PART_OF]->(p) | p.hsCode]), '-') AS link
				ORDER BY link""").execute().records().stream().map(r -> r.get("link").asString()).toList();
	}

	@Test
	void listedLinesAreLinkedAndALineOfAnotherRevisionIsKeptAndMappedToItsSuccessor() {
		ImportReport report = load();
		assertThat(covers()).as(report.describe()).containsExactly(
				"85423100 s301.csv?ch99_code=9903.88.01 listed false -",
				"8542310001 s301.csv?ch99_code=9903.88.01 listed true 85423100",
				"8542310015 s301.csv?ch99_code=9903.88.01 concordance false 85423100",
				"9503 - - false 95");
	}

	@Test
	void aSecondLoadChangesNothingAndAChangedListIsFollowedWhileTheDatasetsLinksStay() throws IOException {
		load();
		ImportReport again = load();
		assertThat(again.changedAnything()).as(again.describe()).isFalse();
		writeList("95030000,1,9903.88.01");
		load();
		assertThat(covers()).containsExactly("9503 - - false 95", "95030000 s301.csv?ch99_code=9903.88.01 listed false -");
		// the measure no longer names a list: its listed links go, the dataset's stay
		TestNeo4j.driver().executableQuery("MATCH (m:TariffMeasure {id: 'us-s301-list-1'}) REMOVE m.productLists").execute();
		load();
		assertThat(covers()).containsExactly("9503 - - false 95");
	}

}
