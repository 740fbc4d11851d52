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
 */
class Section232AnnexListTest {

	@Test
	void theSteelListIsEveryCodeOfList16ciii() throws IOException {
		assertThat(NoteText.lines(15686, 15686)).singleElement().asString().contains("(iii) Articles of steel:");
		List<String> codes = NoteText.listedCodes(15688, 15697);
		assertThat(codes).as("list (iii)").hasSize(39).startsWith("7206").contains("7208", "72169900", "730210")
			.endsWith("7306").doesNotContain("72169100");
		assertThat(NoteText.shipped("s232_annex_steel_note.txt")).as("the shipped s232_annex_steel_note.txt").isEqualTo(codes);
	}

	@Test
	void theAnnexIbListsAreEveryCodeOfLists16cViToViii() throws IOException {
		assertThat(NoteText.lines(15775, 15775)).singleElement().asString().contains("(vi) Derivative aluminum articles:");
		assertThat(NoteText.lines(15810, 15810)).singleElement().asString().contains("(vii) Derivative steel articles:");
		assertThat(NoteText.lines(15907, 15907)).singleElement().asString().contains("(viii) Articles of copper:");
		assertThat(NoteText.lines(15911, 15911)).singleElement().asString().contains("(ix)");
		List<String> rows = new ArrayList<>();
		rows.add("code,list");
		NoteText.listedCodes(15776, 15809).forEach(code -> rows.add(code + ",vi"));
		NoteText.listedCodes(15811, 15906).forEach(code -> rows.add(code + ",vii"));
		NoteText.listedCodes(15908, 15910).forEach(code -> rows.add(code + ",viii"));
		assertThat(rows).as("lists (vi)-(viii) and the header").hasSize(411)
			.contains("7615102015,vi", "85015360,vii", "9403999020,vii", "85444210,viii")
			.as("a whole heading of the tracker's Annex I-B the note does not name").noneMatch(row -> row.startsWith("8471"));
		assertThat(NoteText.shipped("s232_annex_1b_note.csv")).as("the shipped s232_annex_1b_note.csv").isEqualTo(rows);
	}

	@Test
	void theTrackersAnnexFileHasNoneOfItsCodes() throws IOException {
		Set<String> tracker = new HashSet<>();
		NoteText.tracker("s232_annex_products.csv").forEach(row -> tracker.add(row.substring(0, row.indexOf(','))));
		assertThat(tracker).as("the tracker's annex codes").contains("73012010")
			.doesNotContainAnyElementsOf(NoteText.shipped("s232_annex_steel_note.txt"));
	}

}
