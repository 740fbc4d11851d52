package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.importer.dataset.Problem;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.dataset.Row;

import static org.assertj.core.api.Assertions.assertThat;

class UsLinesReaderTest {

	@TempDir
	Path dir;

	@Test
	void everyHts10LineBecomesAGoodUnderAnHts8LineDescribedByWhatItsLinesShare() throws IOException {
		Path file = this.dir.resolve("crosswalk.csv");
		Files.write(file, List.of("hs10,hs6_code,gtap_code,description",
				"8542310015,854231,ELE,\"Electronic integrated circuits : Processors and controllers : Other : Multichip\"",
				"8542310075,854231,ELE,\"Electronic integrated circuits : Processors and controllers : Other : Other\"",
				"9503000090,950300,OMF,\"Toys : Other\""));
		Problems problems = new Problems(50);
		List<String> notes = new ArrayList<>();
		List<Row> rows = new UsLinesReader(problems, new ReferenceCsv(problems)).read(ReferenceFile.of(file), notes);
		assertThat(problems.list()).isEmpty();
		assertThat(rows).extracting(Row::uid).containsExactly("good:85423100", "good:95030000", "good:8542310015",
				"good:8542310075", "good:9503000090");
		assertThat(rows.get(0).props()).containsEntry("level", 8L)
			.containsEntry("description", "Electronic integrated circuits : Processors and controllers : Other");
		assertThat(rows.get(1).props()).containsEntry("description", "Toys : Other");
		assertThat(rows.get(2).props()).containsEntry("level", 10L).containsEntry("gtapSector", "ELE");
		assertThat(notes).containsExactly(file + ": 3 HTS-10 lines under 2 HTS-8 lines");
	}

	@Test
	void aLineOfTheWrongShapeOrUnderAnotherSubheadingIsAProblemWithWhereAndWhat() throws IOException {
		Path file = this.dir.resolve("crosswalk.csv");
		Files.write(file, List.of("hs10,hs6_code,gtap_code,description", "85423100,854231,ELE,x",
				"8542310015,854232,ELE,x", "8542310015,854231,ELE,x", "8542310015,854231,ELE,x"));
		Problems problems = new Problems(50);
		new UsLinesReader(problems, new ReferenceCsv(problems)).read(ReferenceFile.of(file), new ArrayList<>());
		assertThat(problems.list().stream().map(Problem::toString)).containsExactly(
				file + ":2:1: expected an HTS-10 line of 10 digits, found '85423100'",
				file + ":3:12: expected the line's first six digits 854231, found '854232'",
				file + ":5:1: expected each line once, 8542310015 is already on line 4");
	}

	@Test
	void aQuestionMarkWhereTheFileLostASpaceIsReadAsASpaceAndOthersAreKept() {
		assertThat(UsLinesReader.restoreSpaces("Of a width of 600?mm or more")).isEqualTo("Of a width of 600 mm or more");
		assertThat(UsLinesReader.restoreSpaces("Provided for in heading?9903.88.01")).isEqualTo("Provided for in heading 9903.88.01");
		assertThat(UsLinesReader.restoreSpaces("Containing 85?%?by weight")).isEqualTo("Containing 85 % by weight");
		assertThat(UsLinesReader.restoreSpaces("N?glig?s and the like")).as("a lost letter is not guessed")
			.isEqualTo("N?glig?s and the like");
		assertThat(UsLinesReader.restoreSpaces("Other?")).isEqualTo("Other?");
	}

}
