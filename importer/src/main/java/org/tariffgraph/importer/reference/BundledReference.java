package org.tariffgraph.importer.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.importer.write.Progress;

/**
 * The reference data that ships inside the importer, gzip-compressed, so that the main job starts with the
 * complete nomenclatures and product lists and no download: HS 2022 (ODC-PDDL), NAICS 2022 (US government
 * work, public domain), the US HTS-10 lines and the product lists of the 2025-2026 US measures (The Budget Lab
 * at Yale's tariff-rate-tracker, MIT). The GPL-2 HS→NAICS concordance is not shipped. Origins and licences
 * are in the project's {@code NOTICE}. They are read by the same readers as the files users name.
 */
public final class BundledReference {

	private static final String LOCATION = "/reference/";

	/** Where the US lines and the product lists are, below {@link #LOCATION}. */
	private static final String US_LINES = "us-tariff-lines/";

	private BundledReference() {
	}

	/** Every shipped file; the concordance is absent. */
	public static ReferenceImporter.Files files() {
		return new ReferenceImporter.Files(shipped("harmonized-system-2022.csv"), shipped("naics-2022-structure.csv"),
				shipped(US_LINES + "hs10_gtap_crosswalk.csv"), null,
				name -> shipped(US_LINES + name));
	}

	/**
	 * Loads every shipped file into the graph, linking the product lists to the measures already there: what the
	 * main job does on its first start and {@code reference --bundled} does for a server.
	 * @throws IllegalStateException where a shipped file has a problem, which is a bug of the build
	 */
	public static ImportReport load(Driver driver, @Nullable String database, int batchSize, Progress progress) {
		var files = files();
		var plan = ReferenceImporter.read(files, Problems.LISTED_PER_FILE);
		if (!plan.problems().isEmpty()) {
			throw new IllegalStateException("The shipped reference data is invalid: " + plan.problems().describe());
		}
		var lists = ReferenceImporter.planLists(driver, database, plan,
				Objects.requireNonNull(files.productLists(), "the shipped product lists"), Problems.LISTED_PER_FILE);
		if (!lists.problems().isEmpty()) {
			throw new IllegalStateException("The shipped product lists are invalid: " + lists.problems().describe());
		}
		return ReferenceImporter.write(driver, database, batchSize, progress, plan, lists, null);
	}

	/**
	 * The lists the project extracts from the legal texts rather than takes from the tracker (see {@code NOTICE}): a
	 * folder of the tracker's files lacks them, so they are read from the shipped copies unless the folder has its own.
	 */
	static final Set<String> EXTRACTED = Set.of("ieepa_annex_ii_note.txt", "ieepa_annex_ii_removed.txt",
			"s301_list3_note.txt", "s301_exclusions_note.csv", "s122_note_lists.csv",
			"s232_annex_steel_note.txt", "s232_annex_1b_note.csv", "s301_list3_partial_note.csv",
			"s301_list4a_partial_note.csv", "s232_alu_derivatives_note.csv",
			"s232_annex_3_note.csv");

	/**
	 * A product list of a user's folder or, for a list the project extracts that the folder lacks, the shipped copy.
	 * A missing list of the tracker is reported missing, not replaced: the user named the folder for its files.
	 */
	static ReferenceFile listInFolder(Path folder, String name) {
		Path path = folder.resolve(name);
		if (EXTRACTED.contains(name) && !Files.isRegularFile(path)) {
			return shipped(US_LINES + name);
		}
		return ReferenceFile.of(path);
	}

	private static ReferenceFile shipped(String name) {
		return ReferenceFile.shipped(LOCATION + name);
	}

}
