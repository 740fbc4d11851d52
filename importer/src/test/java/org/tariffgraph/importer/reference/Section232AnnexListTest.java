package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code s232_annex_steel_note.txt} is list (iii) of US note 16(c) to chapter 99 (HTS 2026 Rev. 6), "Articles of steel",
 * which heading 9903.82.02 (Annex I-A, 50% from 6 Apr 2026) covers: every code of lines 15688-15697 of the text, in
 * order. The tracker's {@code s232_annex_products.csv} has the other lists of Annex I-A but none of this one's codes.
 */
class Section232AnnexListTest {

	private static final Pattern CODE = Pattern.compile("\\d{4}(\\.\\d{2}(\\.\\d{2}(\\d{2})?)?)?");

	@Test
	void theSteelListIsEveryCodeOfList16ciii() throws IOException {
		assertThat(NoteText.lines(15686, 15686)).singleElement().asString().contains("(iii) Articles of steel:");
		List<String> codes = NoteText.listedCodes(15688, 15697, CODE);
		assertThat(codes).as("list (iii)").hasSize(39).startsWith("7206").contains("7208", "72169900", "730210")
			.endsWith("7306").doesNotContain("72169100");
		assertThat(NoteText.shipped("s232_annex_steel_note.txt")).as("the shipped s232_annex_steel_note.txt").isEqualTo(codes);
	}

	@Test
	void theTrackersAnnexFileHasNoneOfItsCodes() throws IOException {
		Set<String> tracker = new HashSet<>();
		NoteText.read(ReferenceFile.of(ReferenceFiles.require("us-tariff-lines/resources/s232_annex_products.csv")))
			.forEach(row -> tracker.add(row.substring(0, row.indexOf(','))));
		assertThat(tracker).as("the tracker's annex codes").contains("73012010")
			.doesNotContainAnyElementsOf(NoteText.shipped("s232_annex_steel_note.txt"));
	}

}
