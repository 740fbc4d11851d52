package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2025 aluminium derivative lists of US note 19(i)-(k) to chapter 99 (HTS 2026 Rev. 6, lines 16839-16906), as the
 * project extracts them into {@code s232_alu_derivatives_note.csv}: every code the note names, with the heading of its
 * subdivision (9903.85.04, .07, .08) and the date it was first charged. The tracker's
 * {@code s232_derivative_products.csv} names whole HTS-8 codes where the note names single statistical lines
 * (7616.10.9090, not 7616.10.90), so its lists are wider than the law; but it alone says which codes were added on
 * 18 Aug 2025, so the date of a code is the tracker's earliest for the code's HTS-8 line under the same heading: the
 * measures choose their lines by that date ({@code effective_date=2025-08-18}).
 */
class Section232AluminiumDerivativeListTest {

	/** A code of the note's lists: an HTS-8 line or a statistical line, with its dots. */
	private static final Pattern LISTED = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}(\\d{2})?");

	/**
	 * The two codes the tracker lacks whose date a source gives: beer and empty aluminium cans, added from 4 Apr 2025
	 * by the Bureau of Industry and Security (source {@code str-2025-04-beer-cans} of the dataset).
	 */
	private static final Map<String, String> DATED_ELSEWHERE = Map.of("22030000", "2025-04-04", "76129010", "2025-04-04");

	@Test
	void theListIsEveryCodeOfNote19iToKWithItsHeadingAndDate() throws IOException {
		assertThat(NoteText.line(16839)).contains("(i)", "heading 9903.85.04");
		assertThat(NoteText.line(16862)).contains("(j)", "heading 9903.85.07");
		assertThat(NoteText.line(16877)).contains("(k)", "heading 9903.85.08");
		assertThat(NoteText.line(16907)).startsWith("For any derivative aluminum");
		List<String> described = Pattern.compile("described in subheading (\\d{4}\\.\\d{2}\\.\\d{2})")
			.matcher(NoteText.prose(16839, 16861)).results().map(found -> found.group(1).replace(".", "")).toList();
		List<String> j = enumerated(16862, 16876);
		List<String> k = enumerated(16877, 16906);
		assertThat(described).as("(i)").hasSize(6).startsWith("76141050").endsWith("87082921");
		assertThat(j).as("(j)").hasSize(24).contains("7616109090").doesNotContain("76161090");
		assertThat(k).as("(k)").hasSize(224).contains("2106909998", "3004909244", "22030000").endsWith("9603908050");

		Map<String, String> dates = trackersFirstDates();
		List<String> rows = new ArrayList<>();
		rows.add("code,heading,effective_date");
		described.forEach(code -> rows.add(row(code, "9903.85.04", dates)));
		j.forEach(code -> rows.add(row(code, "9903.85.07", dates)));
		k.forEach(code -> rows.add(row(code, "9903.85.08", dates)));
		assertThat(rows).as("rows dated by the tracker's first list (12 Mar 2025), its inclusions (18 Aug) and elsewhere")
			.filteredOn(row -> row.endsWith(",2025-03-12")).hasSize(131);
		assertThat(rows).filteredOn(row -> row.endsWith(",2025-08-18")).hasSize(116);
		assertThat(rows).as("codes the tracker lacks whose date is not in the inputs").filteredOn(row -> row.endsWith(",unknown"))
			.containsExactly("7612100000,9903.85.07,unknown", "7612905000,9903.85.07,unknown", "7613000000,9903.85.07,unknown",
					"76141010,9903.85.07,unknown", "8708103050,9903.85.08,unknown");
		assertThat(NoteText.shipped("s232_alu_derivatives_note.csv")).as("the shipped s232_alu_derivatives_note.csv")
			.isEqualTo(rows);
	}

	@Test
	void everyAluminiumLineOfTheTrackerButOneHoldsACodeOfTheNote() throws IOException {
		List<String> codes = NoteText.shipped("s232_alu_derivatives_note.csv").stream().skip(1)
			.map(row -> row.substring(0, row.indexOf(','))).toList();
		List<String> unnamed = trackerAluminium().stream().map(columns -> columns[0]).distinct()
			.filter(hts8 -> codes.stream().noneMatch(code -> code.startsWith(hts8) || hts8.startsWith(code))).toList();
		assertThat(unnamed).as("the tracker's aluminium lines under which the note names nothing (7302.90.00: rails)")
			.containsExactly("73029000");
	}

	/** The codes of a subdivision that lists provisions after "... smelted and cast in the United States:". */
	private static List<String> enumerated(int first, int last) throws IOException {
		String list = NoteText.prose(first, last).split("smelted and cast in the United States:", 2)[1];
		return LISTED.matcher(list).results().map(found -> found.group().replace(".", "")).toList();
	}

	private static String row(String code, String heading, Map<String, String> trackersDates) {
		String date = trackersDates.get(code.substring(0, 8) + "," + heading);
		if (date == null) {
			date = DATED_ELSEWHERE.getOrDefault(code, "unknown");
		}
		return code + "," + heading + "," + date;
	}

	/**
	 * By "hts8,heading": the earliest date of the tracker's aluminium rows; its first list, which it leaves undated, is
	 * the one in force from 12 Mar 2025 (Proclamation 10895).
	 */
	private static Map<String, String> trackersFirstDates() throws IOException {
		Map<String, String> dates = new HashMap<>();
		for (String[] columns : trackerAluminium()) {
			dates.merge(columns[0] + "," + columns[1], columns[3].isEmpty() ? "2025-03-12" : columns[3],
					(one, other) -> (one.compareTo(other) <= 0) ? one : other);
		}
		return dates;
	}

	/** The tracker's aluminium rows: hts_prefix, ch99_code, derivative_type and effective_date. */
	private static List<String[]> trackerAluminium() throws IOException {
		return NoteText.tracker("s232_derivative_products.csv").stream().skip(1).map(row -> row.split(",", -1))
			.filter(columns -> columns[2].equals("aluminum")).toList();
	}

}
