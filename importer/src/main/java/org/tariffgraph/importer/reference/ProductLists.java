package org.tariffgraph.importer.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.csv.CsvRecord;
import org.tariffgraph.importer.csv.CsvRows;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.model.GoodsCode;

/**
 * Reads the product lists that measures and exemptions name ({@code productLists}): a CSV file whose first
 * column holds the listed codes and whose other columns can be filtered on
 * ({@code s301_product_lists.csv?ch99_code=9903.88.01}), or a text file of one code a line. Each file is read
 * once however many measures name it.
 */
final class ProductLists {

	/** The column every list has besides its own: the chapter (first two digits) of the listed code. */
	static final String CHAPTER = "chapter";

	/**
	 * One condition on a column: it has one of the values ({@code chapter=02|07}), or with {@code !=} none of them.
	 */
	record Filter(String column, Set<String> values, boolean negated) {

		boolean test(Map<String, String> columns) {
			return this.values.contains(columns.get(this.column)) != this.negated;
		}

	}

	/**
	 * A product list as a measure names it: a file and conditions on its columns, like
	 * {@code s232_auto_parts.txt?chapter!=87}, {@code s301_product_lists.csv?ch99_code=9903.88.01} or
	 * {@code ieepa_annex_ii_note.txt?chapter=02|07|08}.
	 */
	record Spec(String text, String file, List<Filter> filters) {

		static Spec parse(String text) {
			int question = text.indexOf('?');
			String file = (question < 0) ? text : text.substring(0, question);
			List<Filter> filters = new ArrayList<>();
			if (question >= 0) {
				for (String pair : text.substring(question + 1).split("&")) {
					int equals = pair.indexOf('=');
					boolean negated = equals > 0 && pair.charAt(equals - 1) == '!';
					filters.add(new Filter(pair.substring(0, negated ? equals - 1 : equals),
							Set.of(pair.substring(equals + 1).split("\\|")), negated));
				}
			}
			return new Spec(text, file, filters);
		}

	}

	/** A listed code and the line of the file it is on. */
	record Listed(String code, int line) {
	}

	private record ListRow(String code, int line, Map<String, String> columns) {
	}

	private record ListFile(List<String> header, List<ListRow> rows) {
	}

	private final Problems problems;

	private final Function<String, ReferenceFile> files;

	private final Map<String, ListFile> read = new HashMap<>();

	private final Map<String, List<String>> padded = new LinkedHashMap<>();

	/**
	 * @param files the reference file of a list's file name (a folder's file, or a shipped resource)
	 */
	ProductLists(Problems problems, Function<String, ReferenceFile> files) {
		this.problems = problems;
		this.files = files;
	}

	/** The codes a spec lists, in file order; problems of the file or of the spec are recorded. */
	List<Listed> codes(Spec spec, String namedBy) {
		ListFile file = this.read.computeIfAbsent(spec.file(), this::readFile);
		if (file == null) {
			return List.of();
		}
		for (String column : spec.filters().stream().map(Filter::column).toList()) {
			if (!file.header().contains(column) && !column.equals(CHAPTER)) {
				this.problems.add(namedBy, 0, 0, "expected the product list %s to have a column '%s'; its columns are %s and %s"
					.formatted(spec.file(), column, String.join(",", file.header()), CHAPTER));
				return List.of();
			}
		}
		List<Listed> codes = new ArrayList<>();
		for (ListRow row : file.rows()) {
			if (spec.filters().stream().allMatch(f -> f.test(row.columns()))) {
				codes.add(new Listed(row.code(), row.line()));
			}
		}
		if (codes.isEmpty()) {
			this.problems.add(namedBy, 0, 0, "expected the product list %s to list at least one code; none matches"
				.formatted(spec.text()));
		}
		return codes;
	}

	private static Map<String, String> chapterOf(String code, Map<String, String> columns) {
		Map<String, String> withChapter = new HashMap<>(columns);
		withChapter.put(CHAPTER, code.substring(0, 2));
		return withChapter;
	}

	private @Nullable ListFile readFile(String name) {
		ReferenceFile file = this.files.apply(name);
		try {
			return name.endsWith(".txt") ? readText(file) : readCsv(file);
		}
		catch (IOException ex) {
			new ReferenceCsv(this.problems).fileProblem(file, ex);
			return null;
		}
	}

	private ListFile readText(ReferenceFile file) throws IOException {
		List<ListRow> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(file.reader())) {
			String line;
			int number = 0;
			while ((line = in.readLine()) != null) {
				number++;
				int at = number;
				String text = line.strip();
				if (!text.isEmpty()) {
					code(file.name(), text, at, 1)
						.ifPresent(code -> rows.add(new ListRow(code, at, chapterOf(code, Map.of("code", text)))));
				}
			}
		}
		return new ListFile(List.of("code"), rows);
	}

	private @Nullable ListFile readCsv(ReferenceFile file) throws IOException {
		List<ListRow> rows = new ArrayList<>();
		List<String> header;
		try (CsvReader csv = ReferenceCsv.open(file)) {
			CsvRecord first = csv.next();
			if (first == null) {
				this.problems.add(file.name(), 1, 1, "expected a header line naming the columns, the codes first");
				return null;
			}
			header = first.fields().stream().map(f -> f.value().trim()).toList();
			CsvRows records = new CsvRows(csv, file.name(), header.size(), this.problems::add);
			CsvRecord record;
			while ((record = records.next()) != null) {
				Map<String, String> columns = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					columns.put(header.get(i), record.field(i).value().trim());
				}
				int line = record.line();
				code(file.name(), record.field(0).value().trim(), line, record.field(0).column())
					.ifPresent(code -> rows.add(new ListRow(code, line, chapterOf(code, columns))));
			}
		}
		return new ListFile(header, rows);
	}

	/** Codes written longer than an HTS-10 line with trailing zeros, read as the line, by file: said in the report. */
	List<String> notes() {
		List<String> notes = new ArrayList<>();
		this.padded.forEach((file, codes) -> notes.add(("%s: %d code(s) longer than 10 digits with trailing zeros read "
				+ "as the HTS-10 line: %s").formatted(file, codes.size(), String.join(", ", codes))));
		return notes;
	}

	private Optional<String> code(String file, String text, int line, int column) {
		if (text.matches("\\d{10}0+")) {
			// a line written with extra zeros (850511007000 for 8505110070): the line, and the report says so
			this.padded.computeIfAbsent(file, k -> new ArrayList<>()).add("line %d: %s".formatted(line, text));
			return Optional.of(text.substring(0, 10));
		}
		var code = GoodsCode.normalise(text);
		if (code.isEmpty()) {
			this.problems.add(file, line, column, "expected " + GoodsCode.EXPECTED + ", found '" + text + "'");
		}
		return code;
	}

}
