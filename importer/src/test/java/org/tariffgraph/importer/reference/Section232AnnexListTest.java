package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two lists of US note 16(c) to chapter 99 (HTS 2026 Rev. 6), the metals regime from 6 Apr 2026, as the project
 * extracts them. {@code s232_annex_steel_note.txt} is list (iii), "Articles of steel", which heading 9903.82.02
 * (Annex I-A, 50%) covers: every code of lines 15688-15697 of the text, in order; the tracker's
 * {@code s232_annex_products.csv} has the other lists of Annex I-A but none of this one's codes.
 * {@code s232_annex_1b_note.csv} is lists (vi)-(viii), which heading 9903.82.09 (Annex I-B, 25%) covers: every code of
 * lines 15776-15809, 15811-15906 and 15908-15910, with its list; the tracker's Annex I-B names wider codes.
 * {@code s232_annex_3_note.csv} is lists (ix)-(x), Annex III (headings 9903.82.10 and .11): every code of lines
 * 15912-15917 and 15919-15929, with its list; the tracker's Annex III names whole subheadings (8479.89, 8480.49) where the
 * note names single lines, and lacks the lines of 8504.90.96 the note puts on it.
 */
class Section232AnnexListTest {

	@Test
	void theSteelListIsEveryCodeOfList16ciii() throws IOException {
		assertThat(NoteText.line(15686)).contains("(iii) Articles of steel:");
		List<String> codes = NoteText.listedCodes(15688, 15697);
		assertThat(codes).as("list (iii)").hasSize(39).startsWith("7206").contains("7208", "72169900", "730210")
			.endsWith("7306").doesNotContain("72169100");
		assertThat(NoteText.shipped("s232_annex_steel_note.txt")).as("the shipped s232_annex_steel_note.txt").isEqualTo(codes);
	}

	@Test
	void theAnnexIbListsAreEveryCodeOfLists16cViToViii() throws IOException {
		assertThat(NoteText.line(15775)).contains("(vi) Derivative aluminum articles:");
		assertThat(NoteText.line(15810)).contains("(vii) Derivative steel articles:");
		assertThat(NoteText.line(15907)).contains("(viii) Articles of copper:");
		assertThat(NoteText.line(15911)).contains("(ix)");
		List<String> rows = rows(new Listed(15776, 15809, "vi"), new Listed(15811, 15906, "vii"), new Listed(15908, 15910, "viii"));
		assertThat(rows).as("lists (vi)-(viii) and the header").hasSize(411)
			.contains("7615102015,vi", "85015360,vii", "9403999020,vii", "85444210,viii")
			.as("a whole heading of the tracker's Annex I-B the note does not name").noneMatch(row -> row.startsWith("8471"));
		assertThat(NoteText.shipped("s232_annex_1b_note.csv")).as("the shipped s232_annex_1b_note.csv").isEqualTo(rows);
	}

	@Test
	void theAnnexIiiListsAreEveryCodeOfLists16cIxAndX() throws IOException {
		assertThat(NoteText.line(15911)).contains("(ix) Derivative aluminum articles:");
		assertThat(NoteText.line(15918)).contains("(x) Derivative steel articles:");
		assertThat(NoteText.line(15930)).startsWith("(d) Headings 9903.82.04");
		List<String> rows = rows(new Listed(15912, 15917, "ix"), new Listed(15919, 15929, "x"));
		assertThat(rows).as("lists (ix) and (x) and the header").hasSize(49)
			.contains("8504909610,ix", "84248990,ix", "84248990,x", "8207200070,x", "85042300,x")
			.as("a subheading the tracker's Annex III names whole where the note names one line").doesNotContain("847989,x");
		assertThat(NoteText.shipped("s232_annex_3_note.csv")).as("the shipped s232_annex_3_note.csv").isEqualTo(rows);
	}

	@Test
	void theTrackersAnnexFileHasNoneOfItsCodes() throws IOException {
		Set<String> tracker = new HashSet<>();
		NoteText.tracker("s232_annex_products.csv").forEach(row -> tracker.add(row.substring(0, row.indexOf(','))));
		assertThat(tracker).as("the tracker's annex codes").contains("73012010")
			.doesNotContainAnyElementsOf(NoteText.shipped("s232_annex_steel_note.txt"));
	}

	/** The lines of the text that hold one list of note 16(c), and the list's number. */
	private record Listed(int first, int last, String list) {
	}

	/** A CSV file of the lists' codes, each with its list, under a header. */
	private static List<String> rows(Listed... lists) throws IOException {
		List<String> rows = new ArrayList<>();
		rows.add("code,list");
		for (Listed listed : lists) {
			NoteText.listedCodes(listed.first(), listed.last()).forEach(code -> rows.add(code + "," + listed.list()));
		}
		return rows;
	}

}
