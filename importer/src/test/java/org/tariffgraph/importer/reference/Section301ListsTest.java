package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two Section 301 lists the project extracts from the US notes to chapter 99 (HTS 2026 Rev. 6) are what the text
 * gives. {@code s301_list3_note.txt} is every code of note 20(f), the lines of List 3 (heading 9903.88.03, lines
 * 17637-19341 of the text): the tracker's list puts 280 more HTS-8 lines on List 3 that the note lists on List 1, 2 or
 * 4A or on none. {@code s301_exclusions_note.csv} is every item of note 20(vvv) (heading 9903.88.69, lines 33287-33896)
 * that names whole statistical lines, with its subdivision ((i) List 1, (ii) List 2, (iii) List 3, (iv) List 4A): an
 * item like {@code (1) 8483.50.9040}, or one that names the lines a renumbering replaced, {@code (9) 5603.92.0090 prior
 * to July 1, 2022; 5603.92.0070 or 5603.92.0095 effective July 1, 2022}, of which the lines in force are kept. The
 * other items describe products within a line. {@code s301_list3_partial_note.csv} is the lines of List 3's partial
 * subheadings (heading 9903.88.04, note 20(g), lines 19355-19395): for each of the eleven items, the HTS-10 lines of the
 * crosswalk under the subheading it names, less the statistical lines it excepts ("provided for in [subheading]
 * 9401.71.00, except for such seats provided for in statistical reporting numbers 9401.71.0001, ...");
 * {@code s301_list4a_partial_note.csv} the same for List 4A's partial subheadings (note 20(s)(ii), lines 22819-22835).
 */
class Section301ListsTest {

	private static final String STAT = NoteText.STAT.pattern();

	private static final String DATE = "[A-Z][a-z]+ \\d{1,2}, \\d{4}";

	/** The first line of a subdivision of note 20(vvv); (i) follows the note's own letter on its line. */
	private static final Pattern SUBDIVISION = Pattern.compile("^(?:\\(vvv\\)\\s+)?\\((i|ii|iii|iv)\\) The U\\.S\\. Trade.*");

	/** An item of a list of partial subheadings: its number, the subheading, and what follows "except". */
	private static final Pattern PARTIAL = Pattern.compile(
			"(\\d+)\\. .*?provided for in (?:\\[subheading\\] |subheading )?(\\d{4}\\.\\d{2}\\.\\d{2}), except(.*?)(?= \\d+\\. [A-Z]|$)");

	private static final Pattern ITEM = Pattern.compile("^\\((\\d+)\\)\\s+(.*)$");

	private record Item(String subdivision, int number, StringBuilder text) {
	}

	@Test
	void theListThreeFileIsEveryCodeOfNote20f() throws IOException {
		List<String> codes = NoteText.listedCodes(17637, 19341);
		assertThat(codes).as("the HTS-8 codes of note 20(f)").hasSize(5906).contains("02032920", "96200070", "03047250")
			.as("8443.32.10 is on List 4A (note 20(s)), 8483.50.90 and 8506.50.00 on List 1 (note 20(b)), not on List 3")
			.doesNotContain("84433210", "84835090", "85065000");
		assertThat(NoteText.shipped("s301_list3_note.txt")).as("the shipped s301_list3_note.txt").isEqualTo(codes);
	}

	@Test
	void theExclusionFileIsEveryItemOfNote20vvvThatNamesWholeLines() throws IOException {
		List<Item> items = items();
		assertThat(items).as("the items of note 20(vvv)").hasSize(164);
		List<String> rows = new ArrayList<>();
		rows.add("code,subdivision,item");
		for (Item item : items) {
			String named = item.text().toString()
				.replaceAll(STAT + " prior to " + DATE + "; ", "")
				.replaceAll(" effective " + DATE + "$", "");
			if (named.matches(STAT + "( or " + STAT + ")*")) {
				NoteText.statisticalLines(named)
					.forEach(line -> rows.add("%s,%s,%d".formatted(line, item.subdivision(), item.number())));
			}
		}
		assertThat(rows).as("the lines excluded whole").hasSize(29)
			.contains("8483509040,i,1", "0304725000,iii,1", "5603920070,iii,9", "5603920095,iii,9", "6506106030,iv,8")
			.as("a line renumbered in 2022").doesNotContain("5603920090,iii,9");
		assertThat(NoteText.shipped("s301_exclusions_note.csv")).as("the shipped s301_exclusions_note.csv").isEqualTo(rows);
	}

	@Test
	void thePartialListsAreTheLinesOfTheirSubheadingsLessTheLinesTheNotesExcept() throws IOException {
		List<String> crosswalk = NoteText.tracker("hs10_gtap_crosswalk.csv").stream().skip(1).map(row -> row.substring(0, 10)).toList();
		List<String> list3 = partialLines(19355, 19395, crosswalk);
		assertThat(list3).as("the lines of note 20(g)").hasSize(47).contains("8517620010,2", "9401614011,3", "9401710008,5")
			.as("lines note 20(g) excepts").doesNotContain("8517620090,2", "9401614001,3", "9401710007,5");
		assertThat(NoteText.shipped("s301_list3_partial_note.csv")).as("the shipped s301_list3_partial_note.csv").isEqualTo(list3);
		List<String> list4a = partialLines(22819, 22835, crosswalk);
		assertThat(list4a).as("the lines of note 20(s)(ii)").hasSize(22).contains("8517620090,2", "9401710007,4", "6307909891,5")
			.as("lines note 20(s)(ii) excepts").doesNotContain("4901990040,1", "8517620010,2", "9401710001,4", "6307909842,5");
		assertThat(NoteText.shipped("s301_list4a_partial_note.csv")).as("the shipped s301_list4a_partial_note.csv").isEqualTo(list4a);
	}

	@Test
	void listFourATakesOutOfTheTrackersListTheSubheadingsItsPartialListGivesLineByLine() throws IOException {
		// the measures name the tracker's List 4A less these subheadings, then the partial list but for item 5 (masks)
		Set<String> partial = new TreeSet<>();
		NoteText.shipped("s301_list4a_partial_note.csv").stream().skip(1).filter(row -> !row.endsWith(",5"))
			.forEach(row -> partial.add(row.substring(0, 8)));
		String measures;
		try (InputStream in = Section301ListsTest.class.getResourceAsStream("/datasets/us-china-2025/measures.csv")) {
			measures = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> specs = Pattern.compile("ch99_code=9903\\.88\\.15&hts8!=([0-9|]+);s301_list4a_partial_note\\.csv\\?item!=5")
			.matcher(measures).results().map(spec -> spec.group(1)).toList();
		assertThat(specs).as("the List 4A measures' specs").hasSize(2)
			.allSatisfy(codes -> assertThat(new TreeSet<>(List.of(codes.split("\\|")))).isEqualTo(partial));
	}

	/**
	 * The rows of a list of partial subheadings in the text's lines {@code first} to {@code last}: for each numbered item,
	 * the HTS-10 lines of the crosswalk under the subheading it names, less the statistical lines it excepts.
	 */
	private static List<String> partialLines(int first, int last, List<String> crosswalk) throws IOException {
		List<String> rows = new ArrayList<>();
		rows.add("code,item");
		Matcher item = PARTIAL.matcher(NoteText.prose(first, last));
		while (item.find()) {
			String subheading = item.group(2).replace(".", "");
			List<String> excepted = NoteText.statisticalLines(item.group(3));
			for (String line : crosswalk) {
				if (line.startsWith(subheading) && !excepted.contains(line)) {
					rows.add(line + "," + item.group(1));
				}
			}
		}
		return rows;
	}

	private static List<Item> items() throws IOException {
		List<Item> items = new ArrayList<>();
		String subdivision = null;
		Item current = null;
		for (String line : NoteText.lines(33287, 33896)) {
			String text = line.strip();
			Matcher starts = SUBDIVISION.matcher(text);
			Matcher item = ITEM.matcher(text);
			if (starts.matches()) {
				subdivision = starts.group(1);
				current = null;
			}
			else if (subdivision != null && item.matches()) {
				current = new Item(subdivision, Integer.parseInt(item.group(1)), new StringBuilder(item.group(2)));
				items.add(current);
			}
			else if (current != null && !text.isEmpty() && !NoteText.PAGE_HEAD.matcher(text).matches()) {
				current.text().append(' ').append(text);
			}
		}
		return items;
	}

}
