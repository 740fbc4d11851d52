package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code s122_note_lists.csv} is what the three lists of exceptions from the Section 122 surcharge in US note 2(aa) to
 * chapter 99 (HTS 2026 Rev. 6) give, by subdivision: every code of (ii), the subheadings whose goods are excepted
 * whatever their use (lines 14829-15088 of the text); the subheading each of the eleven particular articles of (iii) is
 * "classifiable in" (lines 15089-15124); every code of (iv), the subheadings whose goods are excepted only as civil
 * aircraft or their parts (lines 15127-15262). The tracker's {@code s122_exempt_products.csv} is the three merged, plus
 * 9031.49.70, which none names.
 */
class Section122ListsTest {

	private static final Pattern CLASSIFIABLE = Pattern.compile("classifiable in\\s+subheading\\s+(\\d{4}\\.\\d{2}\\.\\d{2})");

	@Test
	void theListsAreTheCodesOfNote2aaByTheirSubdivision() throws IOException {
		List<String> unconditional = NoteText.listedCodes(14829, 15088);
		List<String> aircraft = NoteText.listedCodes(15127, 15262);
		List<String> particular = CLASSIFIABLE.matcher(NoteText.prose(15089, 15124)).results()
			.map(article -> article.group(1).replace(".", "")).toList();
		assertThat(unconditional).as("(aa)(ii)").hasSize(1098).contains("30042000", "85423100", "8505110070");
		assertThat(particular).as("(aa)(iii)").hasSize(11).startsWith("08059001").endsWith("33012951");
		assertThat(aircraft).as("(aa)(iv), printer units among them").hasSize(546).contains("84433210")
			.doesNotContainAnyElementsOf(unconditional);
		List<String> rows = new ArrayList<>();
		rows.add("code,subdivision");
		unconditional.forEach(code -> rows.add(code + ",ii"));
		particular.forEach(code -> rows.add(code + ",iii"));
		aircraft.forEach(code -> rows.add(code + ",iv"));
		assertThat(NoteText.shipped("s122_note_lists.csv")).as("the shipped s122_note_lists.csv").isEqualTo(rows);
	}

	@Test
	void theTrackersListIsTheThreeMergedAndOneLineNoneNames() throws IOException {
		Set<String> tracker = new HashSet<>(NoteText.tracker("s122_exempt_products.csv"));
		tracker.remove("\"hts8\"");
		Set<String> note = new HashSet<>();
		NoteText.shipped("s122_note_lists.csv").stream().skip(1).forEach(row -> note.add('"' + row.substring(0, row.indexOf(',')) + '"'));
		assertThat(tracker).as("the tracker's lines less the note's").containsAll(note);
		tracker.removeAll(note);
		assertThat(tracker).as("the tracker's lines the note does not name").containsExactly("\"90314970\"");
	}

}
