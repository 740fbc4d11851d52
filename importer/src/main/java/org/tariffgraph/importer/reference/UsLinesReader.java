package org.tariffgraph.importer.reference;

import java.util.Objects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.csv.CsvRecord;
import org.tariffgraph.importer.csv.CsvRows;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.GoodsCode;

/**
 * Reads the US national tariff lines from the tariff-rate tracker's crosswalk
 * ({@code hs10,hs6_code,gtap_code,description}): every HTS-10 statistical line becomes a good of level 10, and
 * every HTS-8 line above them one of level 8, described by the part of its lines' descriptions they share (the
 * file joins the headings of the schedule with {@code " : "}).
 */
final class UsLinesReader {

	private static final List<String> HEADER = List.of("hs10", "hs6_code", "gtap_code", "description");

	private static final String SEPARATOR = " : ";

	private final Problems problems;

	private final ReferenceCsv csv;

	UsLinesReader(Problems problems, ReferenceCsv csv) {
		this.problems = problems;
		this.csv = csv;
	}

	/** The HTS-8 lines first, then the HTS-10 lines, so that parents come before children. */
	List<Row> read(ReferenceFile file, List<String> notes) throws IOException {
		String name = file.name();
		Map<String, Integer> seen = new LinkedHashMap<>();
		Map<String, List<String>> descriptionsByHts8 = new TreeMap<>();
		Map<String, Integer> firstLineOfHts8 = new LinkedHashMap<>();
		List<Row> lines = new ArrayList<>();
		int restored = 0;
		try (CsvReader csv = ReferenceCsv.open(file)) {
			CsvRows records = this.csv.rowsUnder(name, csv, HEADER);
			if (records == null) {
				return List.of();
			}
			CsvRecord record;
			while ((record = records.next()) != null) {
				String code = record.field(0).value().trim();
				String hs6 = record.field(1).value().trim();
				if (!GoodsCode.isAtLevel(code, GoodsCode.NATIONAL_LINE_LEVEL)) {
					this.problems.add(name, record.line(), record.field(0).column(),
							"expected an HTS-10 line of 10 digits, found '" + code + "'");
					continue;
				}
				if (!hs6.equals(code.substring(0, 6))) {
					this.problems.add(name, record.line(), record.field(1).column(),
							"expected the line's first six digits " + code.substring(0, 6) + ", found '" + hs6 + "'");
					continue;
				}
				if (!this.csv.once(name, seen, code, record, 0, "line")) {
					continue;
				}
				String description = restoreSpaces(record.field(3).value().trim());
				if (!description.equals(record.field(3).value().trim())) {
					restored++;
				}
				Map<String, Object> props = new LinkedHashMap<>();
				props.put("description", description.isEmpty() ? null : description);
				props.put("gtapSector", record.field(2).value().trim());
				lines.add(ReferenceCsv.row(EntityKind.GOOD, code, record.line(), props, ReferenceSources.US_LINES));
				String hts8 = code.substring(0, 8);
				descriptionsByHts8.computeIfAbsent(hts8, k -> new ArrayList<>()).add(description);
				firstLineOfHts8.putIfAbsent(hts8, record.line());
			}
		}
		List<Row> rows = new ArrayList<>();
		descriptionsByHts8.forEach((hts8, descriptions) -> {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("description", shared(descriptions));
			// every HTS-8 with descriptions had a first line
			int line = Objects.requireNonNull(firstLineOfHts8.get(hts8));
			rows.add(ReferenceCsv.row(EntityKind.GOOD, hts8, line, props, ReferenceSources.US_LINES));
		});
		rows.addAll(lines);
		notes.add("%s: %d HTS-10 lines under %d HTS-8 lines".formatted(name, lines.size(), descriptionsByHts8.size()));
		if (restored > 0) {
			notes.add(("%s: %d descriptions had '?' beside a number or %% where the file lost a character (a no-break "
					+ "space: '600?mm', 'heading?9903'); read as a space. Other '?' are kept: the letter they stand for "
					+ "is not known").formatted(name, restored));
		}
		return rows;
	}

	/** A '?' next to a digit or a percent sign: where the file lost a (no-break or thin) space. */
	private static final Pattern LOST_SPACE = Pattern.compile("(?<=[0-9%])\\?(?=\\S)|(?<=\\S)\\?(?=[0-9])");

	/** The description with the spaces the file lost put back. */
	static String restoreSpaces(String description) {
		return LOST_SPACE.matcher(description).replaceAll(" ");
	}

	/** The leading headings all descriptions share; a single line's whole description. */
	static @Nullable String shared(List<String> descriptions) {
		if (descriptions.size() == 1) {
			return descriptions.get(0).isEmpty() ? null : descriptions.get(0);
		}
		@Nullable List<String> common = null;
		for (String description : descriptions) {
			List<String> parts = Arrays.asList(description.split(SEPARATOR, -1));
			if (common == null) {
				common = parts;
				continue;
			}
			int n = 0;
			while (n < common.size() && n < parts.size() && common.get(n).equals(parts.get(n))) {
				n++;
			}
			common = common.subList(0, n);
		}
		return (common == null || common.isEmpty()) ? null : String.join(SEPARATOR, common);
	}

}
