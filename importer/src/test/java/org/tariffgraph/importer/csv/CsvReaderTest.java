package org.tariffgraph.importer.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvReaderTest {

	private static List<CsvRecord> read(String text) throws IOException {
		List<CsvRecord> records = new ArrayList<>();
		try (CsvReader reader = new CsvReader("t.csv", new StringReader(text))) {
			CsvRecord record;
			while ((record = reader.next()) != null) {
				records.add(record);
			}
		}
		return records;
	}

	@Test
	void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
		var records = read("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\r\n4,5,6\n");
		assertThat(records).hasSize(3);
		assertThat(records.get(1).field(1).value()).isEqualTo("x, \"y\"\nz");
		assertThat(records.get(1).field(2).value()).isEqualTo("3");
		assertThat(records.get(2).line()).isEqualTo(4);
		assertThat(records.get(2).field(0).value()).isEqualTo("4");
	}

	/**
	 * A spreadsheet program may save UTF-8 with a byte-order mark before the first column's name: it is no part
	 * of the text, so a quoted first field stays quoted and columns count from the name.
	 */
	@Test
	void aByteOrderMarkBeforeTheFirstFieldIsNoPartOfIt() throws IOException {
		var records = read("\uFEFF\"id\",name\n\uFEFFa,b\n");
		assertThat(records.get(0).field(0).value()).as("the first field, quoted after the mark").isEqualTo("id");
		assertThat(records.get(0).field(1).column()).as("the column of the second field").isEqualTo(6);
		assertThat(records.get(1).field(0).value()).as("the same character further on, which is text").isEqualTo("\uFEFFa");
	}

	@Test
	void everyFieldKnowsItsLineAndColumn() throws IOException {
		var records = read("id,name\nab,cde\n");
		CsvField name = records.get(1).field(1);
		assertThat(name.line()).isEqualTo(2);
		assertThat(name.column()).isEqualTo(4);
	}

	@Test
	void anUnterminatedQuoteIsReportedWhereTheFieldOpens() {
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a,b\n1,\"open\n"))
			.satisfies(ex -> {
				assertThat(ex.line()).isEqualTo(2);
				assertThat(ex.column()).isEqualTo(3);
				assertThat(ex.getMessage()).isEqualTo(
						"t.csv:2:3: expected a closing quote for the field that opens here, found the end of the file");
			});
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsAnError() {
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a,b\n1,ab\"c\n"))
			.satisfies(ex -> assertThat(ex.getMessage()).startsWith("t.csv:2:5: expected no quote inside an unquoted field"));
	}

	@Test
	void textAfterAClosingQuoteIsAnError() {
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a\n\"x\"y\n"))
			.satisfies(ex -> assertThat(ex.getMessage())
				.isEqualTo("t.csv:2:4: expected a comma or the end of the line after a closing quote, found 'y' "
						+ "(the quoted field began at line 2, column 1: is its closing quote missing there?)"));
	}

	@Test
	void aQuoteThatNeverClosesIsNamedWhereItOpensEvenWhenALaterQuoteSeemsToCloseIt() {
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a,b\n\"open,x\nc,d\ne,\"f\"g\n"))
			.satisfies(ex -> assertThat(ex.getMessage()).startsWith("t.csv:4:4: expected a comma or the end of the line")
				.contains("the quoted field began at line 2, column 1"));
	}

	@Test
	void aControlCharacterIsRefusedWhereItIsQuotedOrNot() {
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a,b\nUnited\u0000States,x\n"))
			.satisfies(ex -> assertThat(ex.getMessage()).isEqualTo(
					"t.csv:2:7: expected text, found the control character U+0000 (remove it; a spreadsheet shows it as nothing)"));
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a\n\"x\u0007\"\n"))
			.satisfies(ex -> assertThat(ex.getMessage()).startsWith("t.csv:2:3: expected text, found the control character U+0007"));
	}

	@Test
	void tabsAndLineBreaksInQuotesAreText() throws IOException {
		assertThat(read("a\n\"x\ty\r\nz\"\n").get(1).field(0).value()).isEqualTo("x\ty\r\nz");
	}

	@Test
	void aFieldLongerThanTheLimitIsRefusedWhereItStarts() throws IOException {
		String huge = "y".repeat(CsvReader.MAX_FIELD_LENGTH + 1);
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a,b\nx," + huge + "\n"))
			.satisfies(ex -> assertThat(ex.getMessage()).isEqualTo(
					"t.csv:2:3: expected a field of at most 100,000 characters; this one is longer"));
		assertThat(read("a\n" + "y".repeat(CsvReader.MAX_FIELD_LENGTH) + "\n")).hasSize(2);
	}

	@Test
	void bytesThatAreNotUtf8AreReportedAtTheirLineAndColumn() {
		byte[] bytes = "a,b\nok,fine\nbad,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> {
			try (CsvReader reader = new CsvReader("t.csv", CsvReader.utf8(new ByteArrayInputStream(bytes)))) {
				while (reader.next() != null) {
					// read to the end
				}
			}
		}).satisfies(ex -> assertThat(ex.getMessage()).isEqualTo(
				"t.csv:3:8: expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)"));
	}

	@Test
	void aBlankLineIsABlankRecord() throws IOException {
		var records = read("a\n\nb\n");
		assertThat(records.get(1).isBlank()).isTrue();
		assertThat(records.get(2).line()).isEqualTo(3);
	}

}
