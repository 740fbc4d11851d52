package org.tariffgraph.importer.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An RFC 4180 reader that remembers where every field starts, so that a problem can be reported as
 * {@code file:line:column}. Quoted fields may hold commas, doubled quotes and line breaks. It refuses what no
 * spreadsheet of facts holds and what would be stored unseen: control characters (NUL and the like; a tab is
 * allowed), fields longer than {@value #MAX_FIELD_LENGTH} characters, and bytes that are not UTF-8, each at the
 * line and column where it is.
 * <p>
 * Why our own (checked against the sources on 30 Nov 2026): none of FastCSV 4.3, Jackson's CSV module (2.19, 3.0)
 * or Commons CSV 1.14 reports the physical line and column of every field and of every syntax error. Jackson's
 * streaming parser comes closest, with a line and column per field, but points a syntax error at where it stopped
 * reading rather than where the field began, and takes a quote inside an unquoted field as data; FastCSV gives
 * the line a record starts on, Commons CSV a record number and absolute offsets. Switching would lose the columns
 * of errors (all three), the refusal of stray quotes (all three), the columns of fields (FastCSV, Commons CSV) and
 * the check for control characters (all three), which we would then write around the library.
 */
public final class CsvReader implements AutoCloseable {

	/** The longest field read: far more than any description, far less than what would strain memory. */
	public static final int MAX_FIELD_LENGTH = 100_000;

	/** What {@link #utf8} reads bytes that are not UTF-8 as: the replacement character. */
	private static final int NOT_UTF8 = 0xFFFD;

	/**
	 * The byte-order mark some spreadsheet programs save UTF-8 with, before the first column's name: no part of the
	 * text, and dropped here rather than from each header, so that a quoted first name stays quoted.
	 */
	private static final int BYTE_ORDER_MARK = 0xFEFF;

	private final String file;

	private final BufferedReader in;

	private int line = 1;

	private int column = 0;

	private int peeked = -2;

	private boolean started;

	public CsvReader(String file, Reader reader) {
		this.file = file;
		this.in = (reader instanceof BufferedReader buffered) ? buffered : new BufferedReader(reader, 1 << 16);
	}

	/**
	 * UTF-8 text from bytes, with every byte sequence that is not UTF-8 read as U+FFFD, which this reader
	 * refuses at its line and column; a decoder that stops at bad bytes stops at its buffer, not at the bytes.
	 */
	public static Reader utf8(InputStream in) {
		return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE));
	}

	/** The name problems are reported against. */
	public String file() {
		return this.file;
	}

	/**
	 * Reads the next record.
	 * @return the record, or {@code null} at the end of the input
	 * @throws CsvSyntaxException where the text is not well-formed CSV
	 */
	public @Nullable CsvRecord next() throws IOException {
		int c = peek();
		if (c == -1) {
			return null;
		}
		int recordLine = this.line;
		List<CsvField> fields = new ArrayList<>();
		while (true) {
			fields.add(readField());
			c = read();
			if (c == ',') {
				continue;
			}
			if (c == '\r' && peek() == '\n') {
				read();
			}
			return new CsvRecord(recordLine, List.copyOf(fields));
		}
	}

	private CsvField readField() throws IOException {
		int startLine = this.line;
		int startColumn = this.column + 1;
		StringBuilder value = new StringBuilder();
		if (peek() == '"') {
			read();
			while (true) {
				int c = read();
				if (c == -1) {
					throw new CsvSyntaxException(this.file, startLine, startColumn,
							"a closing quote for the field that opens here, found the end of the file");
				}
				if (c == '"') {
					if (peek() == '"') {
						read();
						value.append('"');
						continue;
					}
					int after = peek();
					if (after != ',' && after != '\n' && after != '\r' && after != -1) {
						// often a quote that was never closed far above, which this quote seemed to close
						throw new CsvSyntaxException(this.file, this.line, this.column + 1,
								"a comma or the end of the line after a closing quote, found '%c' (the quoted field began at line %d, column %d: is its closing quote missing there?)"
									.formatted((char) after, startLine, startColumn));
					}
					return new CsvField(value.toString(), startLine, startColumn, true);
				}
				if (c != '\n' && c != '\r') {
					refuseControl(c);
				}
				append(value, c, startLine, startColumn);
			}
		}
		while (true) {
			int c = peek();
			if (c == ',' || c == '\n' || c == '\r' || c == -1) {
				return new CsvField(value.toString(), startLine, startColumn, false);
			}
			if (c == '"') {
				throw new CsvSyntaxException(this.file, this.line, this.column + 1,
						"no quote inside an unquoted field (quote the whole field and double the quote: \"\"), found '\"'");
			}
			refuseControl(read());
			append(value, c, startLine, startColumn);
		}
	}

	private void refuseControl(int c) throws CsvSyntaxException {
		if (c == NOT_UTF8) {
			throw new CsvSyntaxException(this.file, this.line, this.column,
					"UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)");
		}
		if ((c < 0x20 && c != '\t') || c == 0x7f) {
			throw new CsvSyntaxException(this.file, this.line, this.column,
					"text, found the control character U+%04X (remove it; a spreadsheet shows it as nothing)".formatted(c));
		}
	}

	private void append(StringBuilder value, int c, int startLine, int startColumn) throws CsvSyntaxException {
		if (value.length() >= MAX_FIELD_LENGTH) {
			throw new CsvSyntaxException(this.file, startLine, startColumn,
					"a field of at most %,d characters; this one is longer".formatted(MAX_FIELD_LENGTH));
		}
		value.append((char) c);
	}

	private int peek() throws IOException {
		if (this.peeked == -2) {
			this.peeked = this.in.read();
			if (!this.started) {
				this.started = true;
				if (this.peeked == BYTE_ORDER_MARK) {
					this.peeked = this.in.read();
				}
			}
		}
		return this.peeked;
	}

	private int read() throws IOException {
		int c = peek();
		this.peeked = -2;
		if (c == '\n') {
			this.line++;
			this.column = 0;
		}
		else if (c != -1 && c != '\r') {
			this.column++;
		}
		return c;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
