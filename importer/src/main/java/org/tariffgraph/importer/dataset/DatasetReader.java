package org.tariffgraph.importer.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.importer.csv.CsvField;
import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.csv.CsvRecord;
import org.tariffgraph.importer.csv.CsvRows;
import org.tariffgraph.importer.csv.CsvSyntaxException;
import org.tariffgraph.importer.dataset.Column.Property;
import org.tariffgraph.importer.dataset.Column.Reference;
import org.tariffgraph.importer.dataset.Row.Link;

/**
 * Reads and validates a dataset folder: every cell's type, every key's uniqueness, every reference's
 * target, every row's source. Nothing is written here; the result is either a {@link Dataset} or the
 * complete list of problems.
 */
public final class DatasetReader {

	private final int maxProblemsPerFile;

	public DatasetReader(int maxProblemsPerFile) {
		this.maxProblemsPerFile = maxProblemsPerFile;
	}

	/** Opens one file of a dataset by its name. */
	@FunctionalInterface
	public interface Opener {

		Reader open(String file) throws IOException;

	}

	/** The result of reading: a dataset when there were no problems. */
	public record Result(@Nullable Dataset dataset, Problems problems) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

		/**
		 * The dataset, for a caller that knows it must be valid (a shipped or generated one).
		 * @throws IllegalStateException naming the problems, where it is not
		 */
		public Dataset validDataset() {
			if (this.dataset == null) {
				throw new IllegalStateException("The dataset is invalid: " + this.problems.describe());
			}
			return this.dataset;
		}

	}

	/**
	 * Reads a dataset folder.
	 * @param name the dataset's name, as problems and the import log give it
	 * @param presentFiles the names of the folder's CSV files
	 * @param open how to open a file of the folder (the bundled dataset is read from the classpath)
	 */
	public Result read(String name, Set<String> presentFiles, Opener open) {
		Problems problems = new Problems(this.maxProblemsPerFile);
		for (String file : presentFiles) {
			if (DatasetFormat.table(file).isEmpty()) {
				problems.add(file, 0, 0,
						"expected only the dataset's files (" + String.join(", ", DatasetFormat.fileNames())
								+ "); this file is not one of them");
			}
		}
		if (!presentFiles.contains("sources.csv")) {
			problems.add("sources.csv", 0, 0, "expected this file: every row of a dataset cites a source");
		}
		Map<Table, List<Row>> rows = new LinkedHashMap<>();
		Set<String> brokenKeys = new HashSet<>();
		for (Table table : DatasetFormat.TABLES) {
			if (presentFiles.contains(table.file())) {
				try (Reader reader = open.open(table.file())) {
					rows.put(table, readTable(table, new CsvReader(table.file(), reader), problems, brokenKeys));
				}
				catch (CsvSyntaxException ex) {
					problems.add(ex.file(), ex.line(), ex.column(), "expected " + ex.expected());
				}
				catch (IOException ex) {
					problems.add(table.file(), 0, 0, "could not be read: " + ex.getMessage());
				}
			}
		}
		CrossReferences.check(rows, brokenKeys, problems);
		return new Result(problems.isEmpty() ? new Dataset(name, rows) : null, problems);
	}

	/** Reads a dataset folder on disk. */
	public Result read(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Problems problems = new Problems(this.maxProblemsPerFile);
			problems.add(folder.toString(), 0, 0, "expected a folder holding the dataset's CSV files");
			return new Result(null, problems);
		}
		Set<String> files = new HashSet<>();
		try (Stream<Path> list = Files.list(folder)) {
			list.filter(p -> p.getFileName().toString().endsWith(".csv"))
				.forEach(p -> files.add(p.getFileName().toString()));
		}
		return read(folder.toString(), files, file -> {
			long size = Files.size(folder.resolve(file));
			if (size > MAX_FILE_BYTES) {
				throw new CsvSyntaxException(file, 1, 1, "a file of at most %d MiB; this one has %d MiB (split the data into several datasets)"
					.formatted(MAX_FILE_BYTES >> 20, size >> 20));
			}
			return CsvReader.utf8(Files.newInputStream(folder.resolve(file)));
		});
	}

	/** The largest dataset file read: its rows are held in memory until the whole dataset is valid. */
	public static final long MAX_FILE_BYTES = 256L << 20;

	private List<Row> readTable(Table table, CsvReader csv, Problems problems, Set<String> brokenKeys)
			throws IOException {
		List<Row> rows = new ArrayList<>();
		CsvRecord header = csv.next();
		if (header == null) {
			problems.add(table.file(), 1, 1, "expected a header line naming the columns");
			return rows;
		}
		Column[] columnAt = Header.columns(table, header, problems);
		Map<String, Integer> keys = new HashMap<>();
		CsvRows records = new CsvRows(csv, table.file(), header.size(), problems::add);
		CsvRecord record;
		while ((record = records.next()) != null) {
			Row row = readRow(table, columnAt, record, problems);
			if (row == null) {
				// References to a row with problems are not reported again: the row's own problem says it
				brokenKeys.add(table.kind().uid(keyText(table, columnAt, record)));
			}
			else {
				Integer earlier = keys.putIfAbsent(row.uid(), record.line());
				if (earlier != null) {
					problems.add(table.file(), record.line(), 1,
							"expected a unique key, '%s' is already on line %d".formatted(row.uid(), earlier));
				}
				else {
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private static String keyText(Table table, Column[] columnAt, CsvRecord record) {
		for (int i = 0; i < columnAt.length; i++) {
			if (columnAt[i] != null && columnAt[i].name().equals(table.keyColumn())) {
				return record.field(i).value().trim();
			}
		}
		return "";
	}

	private @Nullable Row readRow(Table table, Column[] columnAt, CsvRecord record, Problems problems) {
		int before = problems.total();
		Map<String, Object> props = new LinkedHashMap<>();
		List<Link> links = new ArrayList<>();
		for (int i = 0; i < columnAt.length; i++) {
			Column column = columnAt[i];
			if (column == null) {
				continue;
			}
			CsvField field = record.field(i);
			String raw = field.value().trim();
			if (raw.isEmpty()) {
				if (column.required()) {
					problems.add(table.file(), field.line(), field.column(),
							"expected a value in '%s' (%s)".formatted(column.name(), column.help()));
				}
				else if (column instanceof Property property) {
					props.put(property.name(), null);
				}
				else if (column instanceof Reference reference) {
					links.add(new Link(reference, List.of()));
				}
				continue;
			}
			switch (column) {
				case Property property -> props.put(property.name(), Cells.value(table, property, field, raw, problems));
				case Reference reference -> {
					if (reference.allowsAll() && raw.equals("*")) {
						// a measure of all goods links to none of them
						links.add(new Link(reference, List.of()));
						props.put("coversAllGoods", true);
					}
					else {
						links.add(Cells.link(table, reference, field, raw, problems));
					}
				}
			}
		}
		if (problems.total() > before) {
			return null;
		}
		KindRules.checkDates(table, record, columnAt, props, problems);
		String key = (table.keyColumn() != null) ? String.valueOf(props.get(table.keyColumn()))
				: KindRules.madeKey(table.keyParts(), links, props);
		KindRules.derive(table.kind(), key, props);
		return new Row(table.kind(), table.kind().uid(key), record.line(), props, links);
	}

}
