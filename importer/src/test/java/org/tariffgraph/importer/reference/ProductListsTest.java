package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tariffgraph.importer.dataset.Problem;
import org.tariffgraph.importer.dataset.Problems;

import static org.assertj.core.api.Assertions.assertThat;

class ProductListsTest {

	@TempDir
	Path dir;

	private final Problems problems = new Problems(50);

	private ProductLists lists;

	private ProductLists lists() {
		if (this.lists == null) {
			this.lists = new ProductLists(this.problems, name -> ReferenceFile.of(this.dir.resolve(name)));
		}
		return this.lists;
	}

	private List<String> codes(String spec) {
		return lists().codes(ProductLists.Spec.parse(spec), "measure:m").stream().map(ProductLists.Listed::code).toList();
	}

	private List<String> problems() {
		return this.problems.list().stream().map(Problem::toString).toList();
	}

	@Test
	void aCsvListIsFilteredOnItsColumnsAndEveryListHasAChapterColumn() throws IOException {
		Files.write(this.dir.resolve("s301.csv"), List.of("hts8,list,ch99_code", "01012100,4A,9903.88.15",
				"85423100,biden_50_jan25,9903.91.05", "85423200,3,9903.88.03"));
		assertThat(codes("s301.csv?ch99_code=9903.88.15")).containsExactly("01012100");
		assertThat(codes("s301.csv?chapter=85&list!=3")).containsExactly("85423100");
		assertThat(codes("s301.csv?hts8!=85423100&chapter=85")).containsExactly("85423200");
		assertThat(codes("s301.csv")).hasSize(3);
		assertThat(problems()).isEmpty();
	}

	@Test
	void aConditionMayNameSeveralValuesOfWhichTheColumnHasOneOrWithNotEqualsNone() throws IOException {
		Files.write(this.dir.resolve("note.txt"), List.of("0902101015", "2818300000", "3004909244", "8471"));
		assertThat(codes("note.txt?chapter=09|30")).containsExactly("0902101015", "3004909244");
		assertThat(codes("note.txt?chapter!=09|30|84")).containsExactly("2818300000");
		assertThat(problems()).isEmpty();
	}

	@Test
	void aTextListHasOneCodeALineAndItsLineNumbers() throws IOException {
		Files.write(this.dir.resolve("parts.txt"), List.of("8708305090", "", "4011100010"));
		var listed = lists().codes(ProductLists.Spec.parse("parts.txt?chapter!=87"), "measure:m");
		assertThat(listed).containsExactly(new ProductLists.Listed("4011100010", 3));
	}

	@Test
	void aCodeWithTrailingZerosPastTenDigitsIsReadAsTheLineAndSaid() throws IOException {
		Files.write(this.dir.resolve("exempt.csv"), List.of("hts10", "8505110070", "850511007000"));
		ProductLists lists = lists();
		assertThat(lists.codes(ProductLists.Spec.parse("exempt.csv"), "x").stream().map(ProductLists.Listed::code))
			.containsExactly("8505110070", "8505110070");
		assertThat(lists.notes()).singleElement().asString().contains("exempt.csv: 1 code(s)").contains("line 3: 850511007000");
	}

	@Test
	void badCodesUnknownColumnsAndEmptySelectionsAreProblemsWithWhereAndWhat() throws IOException {
		Files.write(this.dir.resolve("bad.csv"), List.of("hts8,list", "0101210,1", "01012100,1"));
		codes("bad.csv?colour=red");
		codes("bad.csv?list=9");
		codes("missing.csv");
		assertThat(problems()).containsExactly(
				this.dir.resolve("bad.csv") + ":2:1: expected an HS code of 2, 4 or 6 digits or a US tariff line of 8 or 10 digits, dots allowed, like 95, 9503, 854231, 8542.31.00 or 8542310000, found '0101210'",
				"measure:m: expected the product list bad.csv to have a column 'colour'; its columns are hts8,list and chapter",
				"measure:m: expected the product list bad.csv?list=9 to list at least one code; none matches",
				this.dir.resolve("missing.csv") + ": expected a readable file; there is none");
	}

}
