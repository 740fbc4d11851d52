package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.csv.CsvRecord;
import org.tariffgraph.importer.csv.CsvRows;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.IndustryCode;

/**
 * Reads the public reference files in the layouts users download them in: the HS 2022 nomenclature
 * ({@code section,hscode,description,parent,level}), the Census "2022 NAICS Structure" table (title lines,
 * change indicators, trailing {@code T} markers, sector ranges such as {@code 31-33}) and the HS6→NAICS
 * concordance ({@code HS6_6d,…,NAICS_6d,NAICS_5d,…,NAICS_2d}). Every row is either kept or counted in a
 * note that says why not.
 */
public final class ReferenceReader {

	/** A concordance pair as the file has it: an HS6 code and its NAICS codes from 6 down to 2 digits. */
	public record ConcordanceRow(String hs6, List<String> naicsCodes, int line) {
	}

	/**
	 * A NAICS code as the concordance writes it: Pierce and Schott pad aggregate codes with X ({@code 11211X}:
	 * somewhere in 11211), which the loader maps to the ancestor; a format of this file, not of NAICS.
	 */
	private static final Pattern PADDED_NAICS = Pattern.compile("\\d{2,}X*");

	private final Problems problems;

	private final ReferenceCsv csv;

	private final List<String> notes = new ArrayList<>();

	public ReferenceReader(Problems problems) {
		this.problems = problems;
		this.csv = new ReferenceCsv(problems);
	}

	/** The framing this reader's files share with the other reference files'. */
	ReferenceCsv csv() {
		return this.csv;
	}

	public List<String> notes() {
		return List.copyOf(this.notes);
	}

	/** The HS nomenclature as Good rows; the TOTAL root row is skipped and said so. */
	public List<Row> readHs(ReferenceFile file) throws IOException {
		List<Row> rows = new ArrayList<>();
		String name = file.name();
		int skipped = 0;
		Map<String, Integer> seen = new HashMap<>();
		Map<String, int[]> parentAt = new LinkedHashMap<>();
		try (CsvReader csv = ReferenceCsv.open(file)) {
			CsvRows records = this.csv.rowsUnder(name, csv, List.of("section", "hscode", "description", "parent", "level"));
			if (records == null) {
				return rows;
			}
			CsvRecord record;
			while ((record = records.next()) != null) {
				String code = record.field(1).value().trim();
				if (code.equals("TOTAL")) {
					skipped++;
					continue;
				}
				String level = record.field(4).value().trim();
				String parent = record.field(3).value().trim();
				if (!GoodsCode.HS_PATTERN.matcher(code).matches()) {
					this.problems.add(name, record.line(), record.field(1).column(),
							"expected " + GoodsCode.HS_EXPECTED + ", found '" + code + "'");
					continue;
				}
				if (!level.equals(String.valueOf(code.length()))) {
					this.problems.add(name, record.line(), record.field(4).column(),
							"expected level " + code.length() + " for code " + code + ", found '" + level + "'");
					continue;
				}
				String expectedParent = (code.length() == 2) ? "TOTAL" : code.substring(0, code.length() - 2);
				if (!parent.equals(expectedParent)) {
					this.problems.add(name, record.line(), record.field(3).column(),
							"expected parent " + expectedParent + " for code " + code + ", found '" + parent + "'");
					continue;
				}
				if (!this.csv.once(name, seen, code, record, 1, "code")) {
					continue;
				}
				Map<String, Object> props = new LinkedHashMap<>();
				props.put("description", record.field(2).value().trim());
				props.put("section", record.field(0).value().trim());
				rows.add(ReferenceCsv.row(EntityKind.GOOD, code, record.line(), props, ReferenceSources.HS));
				if (code.length() > 2) {
					parentAt.put(code, new int[] { record.line(), record.field(3).column() });
				}
			}
		}
		// a heading or subheading whose parent the file lacks would be written as an orphan, outside the tree
		for (var child : parentAt.entrySet()) {
			String parent = child.getKey().substring(0, child.getKey().length() - 2);
			if (!seen.containsKey(parent)) {
				this.problems.add(name, child.getValue()[0], child.getValue()[1],
						"expected the parent " + parent + " of " + child.getKey() + " to be in the file; it is not");
			}
		}
		this.notes.add("%s: %d goods; %d row(s) skipped: the TOTAL root of the nomenclature".formatted(name, rows.size(),
				skipped));
		return rows;
	}

	/** The NAICS structure table as Industry rows. */
	public List<Row> readNaics(ReferenceFile file) throws IOException {
		List<Row> rows = new ArrayList<>();
		String name = file.name();
		int titleLines = 0;
		int markers = 0;
		try (CsvReader csv = ReferenceCsv.open(file)) {
			CsvRecord record = csv.next();
			while (record != null && !record.field(0).value().trim().equalsIgnoreCase("Change Indicator")) {
				titleLines++;
				record = csv.next();
			}
			if (record == null) {
				this.problems.add(name, 1, 1,
						"expected a header line 'Change Indicator,2022 NAICS Code,2022 NAICS Title' (the Census layout)");
				return rows;
			}
			if (record.size() < 3 || !record.field(1).value().trim().equals("2022 NAICS Code")) {
				this.problems.add(name, record.line(), 1,
						"expected the columns 'Change Indicator,2022 NAICS Code,2022 NAICS Title'");
				return rows;
			}
			Map<String, Integer> seen = new HashMap<>();
			while ((record = csv.next()) != null) {
				if (record.isBlank() || (record.size() >= 2 && record.field(1).value().isBlank())) {
					continue;
				}
				if (record.size() < 3) {
					this.problems.add(name, record.line(), 1, "expected at least 3 fields, found " + record.size());
					continue;
				}
				String code = record.field(1).value().trim();
				if (!IndustryCode.PATTERN.matcher(code).matches()) {
					this.problems.add(name, record.line(), record.field(1).column(),
							"expected " + IndustryCode.EXPECTED + ", found '" + code + "'");
					continue;
				}
				String title = record.field(2).value().trim();
				// Census marks titles with a trailing "T" (the industry is comparable across US, Canada, Mexico)
				if (title.length() > 1 && title.endsWith("T")
						&& (Character.isLowerCase(title.charAt(title.length() - 2)) || title.charAt(title.length() - 2) == ')')) {
					title = title.substring(0, title.length() - 1).trim();
					markers++;
				}
				if (!this.csv.once(name, seen, code, record, 1, "code")) {
					continue;
				}
				Map<String, Object> props = new LinkedHashMap<>();
				props.put("title", title);
				String change = record.field(0).value().trim();
				props.put("changeIndicator", change.isEmpty() ? null : change);
				rows.add(ReferenceCsv.row(EntityKind.INDUSTRY, code, record.line(), props, ReferenceSources.NAICS));
			}
		}
		this.notes.add("%s: %d industries; %d title line(s) before the header skipped; %d trailing 'T' marker(s) removed"
			.formatted(name, rows.size(), titleLines, markers));
		return rows;
	}

	/** The concordance pairs, checked for shape; which codes they resolve to is decided when writing. */
	public List<ConcordanceRow> readConcordance(ReferenceFile file) throws IOException {
		List<ConcordanceRow> rows = new ArrayList<>();
		String name = file.name();
		try (CsvReader csv = ReferenceCsv.open(file)) {
			CsvRows records = this.csv.rowsUnder(name, csv,
					List.of("HS6_6d", "HS6_4d", "HS6_2d", "NAICS_6d", "NAICS_5d", "NAICS_4d", "NAICS_3d", "NAICS_2d"));
			if (records == null) {
				return rows;
			}
			CsvRecord record;
			while ((record = records.next()) != null) {
				String hs6 = record.field(0).value().trim();
				if (!GoodsCode.isAtLevel(hs6, GoodsCode.HS_LINE_LEVEL)) {
					this.problems.add(name, record.line(), record.field(0).column(),
							"expected a six-digit HS code, found '" + hs6 + "'");
					continue;
				}
				List<String> naics = new ArrayList<>();
				boolean valid = true;
				for (int i = 3; i < 8; i++) {
					String code = record.field(i).value().trim();
					// the two-digit column holds sector ranges such as 31-33, as NAICS itself does
					// Pierce & Schott pad aggregate codes with X (11211X: somewhere in 11211); they map to an ancestor
					boolean shaped = (code.length() == 9 - i && PADDED_NAICS.matcher(code).matches())
							|| (i == 7 && IndustryCode.isSectorRange(code));
					if (!code.isEmpty() && !shaped) {
						this.problems.add(name, record.line(), record.field(i).column(),
								"expected a %d-digit NAICS code (digits, perhaps padded with X)%s or nothing, found '%s'".formatted(9 - i,
										(i == 7) ? " or a sector range like 31-33" : "", code));
						valid = false;
					}
					else if (!code.isEmpty()) {
						naics.add(code);
					}
				}
				if (valid) {
					rows.add(new ConcordanceRow(hs6, naics, record.line()));
				}
			}
		}
		return rows;
	}

	/** Reports a syntax or encoding problem of a whole file in the same form as the others. */
	public void fileProblem(ReferenceFile file, IOException ex) {
		this.csv.fileProblem(file, ex);
	}

}
