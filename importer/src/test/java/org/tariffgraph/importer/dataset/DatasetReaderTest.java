package org.tariffgraph.importer.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetReaderTest {

	private static final String MEASURE = "us-eo-14195,Fentanyl tariff on China,US,CN,*,IEEPA,Executive Order 14195,%s,,us-ieepa-fentanyl,2025-02-01,%s,%s,,,d,fr-90-9121";

	@TempDir
	Path dir;

	private List<String> problems(DatasetFixture fixture) throws IOException {
		var result = new DatasetReader(50).read(fixture.folder());
		assertThat(result.valid()).as("expected problems").isFalse();
		assertThat(result.dataset()).isNull();
		return result.problems().list().stream().map(Problem::toString).toList();
	}

	@Test
	void theSmallDatasetIsValidAndBecomesRowsWithDerivedProperties() throws IOException {
		var result = new DatasetReader(50).read(DatasetFixture.small(this.dir).folder());
		assertThat(result.problems().describe()).isEmpty();
		Dataset dataset = result.dataset();
		assertThat(dataset.rowCounts()).containsEntry("measures.csv", 2).containsEntry("goods.csv", 2);
		Row measure = dataset.rowsByTable().entrySet().stream()
			.filter(e -> e.getKey().file().equals("measures.csv"))
			.flatMap(e -> e.getValue().stream())
			.filter(r -> r.uid().equals("measure:us-eo-14228"))
			.findFirst()
			.orElseThrow();
		assertThat(measure.props()).containsEntry("rate", 20.0)
			.containsEntry("inForceFrom", LocalDate.of(2025, 3, 4))
			.containsEntry("coversAllGoods", true)
			.containsEntry("confidence", "confirmed")
			.containsEntry("inForceUntil", null);
		Row role = dataset.rowsByTable().entrySet().stream()
			.filter(e -> e.getKey().file().equals("roles.csv"))
			.flatMap(e -> e.getValue().stream())
			.findFirst()
			.orElseThrow();
		assertThat(role.uid()).isEqualTo("role:donald-trump/president-of-the-united-states/2025-01-20");
	}

	@Test
	void aFileThatIsNotPartOfTheFormatIsNamed() throws IOException {
		var fixture = DatasetFixture.small(this.dir).write("tariffs.csv", List.of("a"));
		assertThat(problems(fixture)).singleElement().asString().startsWith("tariffs.csv: expected only the dataset's files");
	}

	@Test
	void sourcesAreRequired() throws IOException {
		var fixture = DatasetFixture.small(this.dir).delete("sources.csv");
		assertThat(problems(fixture)).contains("sources.csv: expected this file: every row of a dataset cites a source");
	}

	@Test
	void anUnknownColumnIsReportedWithItsPosition() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("countries.csv", 1, "iso2,iso3,name,aliases,sources,capital");
		assertThat(problems(fixture)).first().asString()
			.startsWith("countries.csv:1:32: expected a column of countries.csv (iso2, iso3, name, aliases, sources), found 'capital'");
	}

	@Test
	void aMissingRequiredColumnIsReported() throws IOException {
		var fixture = DatasetFixture.small(this.dir)
			.write("countries.csv", List.of("iso2,name,sources", "US,United States,seed"));
		assertThat(problems(fixture)).contains("countries.csv:1:1: expected a column 'iso3' (ISO 3166 alpha-3 code)");
	}

	@Test
	void aRepeatedColumnIsReported() throws IOException {
		var fixture = DatasetFixture.small(this.dir)
			.write("countries.csv", List.of("iso2,iso3,name,name,sources", "US,USA,United States,US,seed"));
		assertThat(problems(fixture)).contains("countries.csv:1:16: expected each column once, 'name' appears again");
	}

	@Test
	void aLineWithTheWrongNumberOfFieldsIsReported() throws IOException {
		var fixture = DatasetFixture.small(this.dir).append("countries.csv", "IN,IND,India");
		assertThat(problems(fixture)).containsExactly("countries.csv:4:1: expected 5 fields as in the header, found 3");
	}

	@Test
	void aBlankRequiredValueIsReported() throws IOException {
		var fixture = DatasetFixture.small(this.dir).append("countries.csv", "IN,IND,,,seed");
		assertThat(problems(fixture)).containsExactly("countries.csv:4:8: expected a value in 'name' (common English name)");
	}

	@Test
	void cellsOfTheWrongTypeAreReportedWithWhatWasExpected() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("measures.csv", 2, MEASURE.formatted("ten", "2025-02-30", ""));
		assertThat(problems(fixture)).containsExactly(
				"measures.csv:2:74: expected in 'rate' a rate in percent from 0 to 1000, like 125 or 7.5 (a trailing % is allowed), found 'ten'",
				"measures.csv:2:108: expected in 'inForceFrom' a date as YYYY-MM-DD, like 2025-04-10, found '2025-02-30'");
	}

	@Test
	void aRateAboveAThousandPercentIsRejected() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("measures.csv", 2, MEASURE.formatted("1500%", "2025-02-04", ""));
		assertThat(problems(fixture)).singleElement().asString().contains("'rate' a rate in percent from 0 to 1000").endsWith("found '1500%'");
	}

	@Test
	void codesAndIdsMustHaveTheirShape() throws IOException {
		var fixture = DatasetFixture.small(this.dir)
			.append("countries.csv", "usa,US,Bad,,seed")
			.append("goods.csv", "950,Bad code,,seed")
			.append("sources.csv", "Bad Id,x,y,,ftp://example.org,,");
		assertThat(problems(fixture)).containsExactlyInAnyOrder(
				"sources.csv:5:1: expected in 'id' an id of lower-case letters, digits and dashes, like us-eo-14266, found 'Bad Id'",
				"sources.csv:5:13: expected in 'url' an address starting with http:// or https://, found 'ftp://example.org'",
				"countries.csv:4:1: expected in 'iso2' an ISO 3166 alpha-2 country code of two capital letters, like CN, found 'usa'",
				"countries.csv:4:5: expected in 'iso3' an ISO 3166 alpha-3 country code of three capital letters, like CHN, found 'US'",
				"goods.csv:4:1: expected in 'hsCode' an HS code of 2, 4 or 6 digits or a US tariff line of 8 or 10 digits, without dots, like 95, 9503, 854231 or 8542310000, found '950'");
	}

	@Test
	void anEnumeratedValueOutsideItsListIsReported() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("statements.csv", 2,
				"trump-china-deserves-it,official:donald-trump,2025-04-29,rumour,China deserves it,country:CN,seed");
		assertThat(problems(fixture)).containsExactly(
				"statements.csv:2:58: expected in 'kind' one of quote, paraphrase, found 'rumour'");
	}

	@Test
	void anEndBeforeItsStartIsReported() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("measures.csv", 2, MEASURE.formatted("10", "2025-02-04", "2025-01-01"));
		assertThat(problems(fixture)).containsExactly(
				"measures.csv:2:118: expected 'inForceUntil' on or after 'inForceFrom' (2025-02-04), found 2025-01-01");
	}

	@Test
	void aRoleEndingBeforeItBeganIsReported() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("roles.csv", 2,
				"donald-trump,President of the United States,country:US,2025-01-20,2017-01-20,seed");
		assertThat(problems(fixture)).containsExactly(
				"roles.csv:2:67: expected 'until' on or after 'from' (2025-01-20), found 2017-01-20");
	}

	@Test
	void aRepeatedKeyIsReportedWithTheLineOfTheFirst() throws IOException {
		var fixture = DatasetFixture.small(this.dir).append("countries.csv", "CN,CHN,China again,,seed");
		assertThat(problems(fixture)).containsExactly("countries.csv:4:1: expected a unique key, 'country:CN' is already on line 3");
	}

	@Test
	void aReferenceToNothingIsReportedAtItsPosition() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("statements.csv", 2,
				"trump-china-deserves-it,official:donald-trump,2025-04-29,quote,China deserves it,country:CN;measure:us-eo-99999,seed;reuters");
		assertThat(problems(fixture)).containsExactlyInAnyOrder(
				"statements.csv:2:93: expected 'about' to name a row of measures.csv, found no 'us-eo-99999' there",
				"statements.csv:2:118: expected 'sources' to name a row of sources.csv, found no 'reuters' there");
	}

	@Test
	void aTypedReferenceMustNameAnAllowedKind() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("statements.csv", 2,
				"trump-china-deserves-it,donald-trump,2025-04-29,quote,China deserves it,,seed");
		assertThat(problems(fixture)).containsExactly(
				"statements.csv:2:25: expected in 'speaker' a typed reference (official:…, org:…), found 'donald-trump'");
	}

	@Test
	void aMeasureCannotAmendItself() throws IOException {
		var fixture = DatasetFixture.small(this.dir).replaceLine("measures.csv", 3,
				"us-eo-14228,Fentanyl tariff raised,US,CN,*,IEEPA,Executive Order 14228,20,,us-ieepa-fentanyl,2025-03-03,2025-03-04,,us-eo-14228,,d,fr-90-11463");
		assertThat(problems(fixture)).containsExactly("measures.csv:3:117: expected a measure other than itself in 'amends'");
	}

	@Test
	void everyRowNeedsASource() throws IOException {
		var fixture = DatasetFixture.small(this.dir).append("countries.csv", "IN,IND,India,,");
		assertThat(problems(fixture)).singleElement().asString()
			.isEqualTo("countries.csv:4:15: expected a value in 'sources' (ids of the sources behind the row, separated by ; (required: nothing is unsourced))");
	}

	@Test
	void allProblemsOfAFileAreReportedUpToTheCap() throws IOException {
		var fixture = DatasetFixture.small(this.dir);
		for (int i = 0; i < 8; i++) {
			fixture.append("countries.csv", "X%d,XXX,Broken,,seed".formatted(i));
		}
		var result = new DatasetReader(5).read(fixture.folder());
		assertThat(result.problems().total()).isEqualTo(8);
		assertThat(result.problems().list()).hasSize(5);
		assertThat(result.problems().describe()).last().asString()
			.isEqualTo("countries.csv: 3 more problem(s) not shown (at most 5 per file; see --max-problems)");
	}

	@Test
	void bytesThatAreNotUtf8AreReported() throws IOException {
		var fixture = DatasetFixture.small(this.dir);
		Files.write(fixture.folder().resolve("countries.csv"), new byte[] { 'i', 's', 'o', '2', (byte) 0xff, '\n' });
		assertThat(problems(fixture)).contains("countries.csv:1:5: expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)");
	}

	@Test
	void brokenCsvIsReportedWithLineAndColumn() throws IOException {
		var fixture = DatasetFixture.small(this.dir).append("countries.csv", "IN,IND,\"India,,seed");
		assertThat(problems(fixture)).contains(
				"countries.csv:4:8: expected a closing quote for the field that opens here, found the end of the file");
	}

	@Test
	void theBundledDatasetIsValid() {
		var result = BundledDataset.read(50);
		assertThat(result.problems().describe()).isEmpty();
		assertThat(result.dataset().rowCount()).isGreaterThan(100);
	}

}
