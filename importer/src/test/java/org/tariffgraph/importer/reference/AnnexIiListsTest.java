package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two lists the project extracts for the exceptions from the US reciprocal tariff are what the legal text and the
 * tracker's list give: {@code ieepa_annex_ii_note.txt} is every code of the list of US note 2(v)(iii)(a) to chapter 99
 * (HTS 2026 Rev. 6, lines 12382-12800 of the text), in order; {@code ieepa_annex_ii_removed.txt} the lines of chapters
 * 28, 38 and 39 of {@code ieepa_exempt_products.csv} that no code of the note covers. A line of the list in the text is
 * one of codes alone, like {@code 8112.99.10  8112.99.91  8471}; the pages' headings between them hold other words.
 */
class AnnexIiListsTest {

	private static final int FIRST_LINE = 12382;

	private static final int LAST_LINE = 12800;

	private static List<String> noteCodes() throws IOException {
		return NoteText.listedCodes(FIRST_LINE, LAST_LINE);
	}

	@Test
	void theNoteListIsEveryCodeOfNote2ViiiA() throws IOException {
		List<String> codes = noteCodes();
		assertThat(codes).as("codes of note 2(v)(iii)(a)").hasSize(1082).contains("8471", "847330", "8505110070", "09021010");
		assertThat(NoteText.shipped("ieepa_annex_ii_note.txt")).as("the shipped ieepa_annex_ii_note.txt").isEqualTo(codes);
	}

	@Test
	void theRemovedListIsTheTrackersLinesOfChapters283839ThatTheNoteNoLongerLists() throws IOException {
		Set<String> note = new LinkedHashSet<>(noteCodes());
		List<String> removed = new ArrayList<>();
		for (String code : NoteText.tracker("ieepa_exempt_products.csv")) {
			boolean covered = List.of(4, 6, 8, 10).stream().anyMatch(n -> code.length() >= n && note.contains(code.substring(0, n)));
			if (code.matches("(28|38|39)\\d{8}") && !covered) {
				removed.add(code);
			}
		}
		assertThat(removed).as("aluminium hydroxide, removed by EO 14346").contains("2818300000");
		assertThat(NoteText.shipped("ieepa_annex_ii_removed.txt")).as("the shipped ieepa_annex_ii_removed.txt").isEqualTo(removed);
	}

	@Test
	void aFolderWithoutTheExtractedListsReadsTheShippedCopies() throws IOException {
		Path empty = Files.createTempDirectory("lists");
		for (String name : BundledReference.EXTRACTED) {
			assertThat(NoteText.read(BundledReference.listInFolder(empty, name)))
				.as("%s read for a folder that lacks it", name).isNotEmpty().isEqualTo(NoteText.shipped(name));
		}
		assertThat(BundledReference.listInFolder(empty, "s301_product_lists.csv").name())
			.as("a list the folder lacks that the project does not extract").startsWith(empty.toString());
	}

}
