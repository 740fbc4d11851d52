package org.tariffgraph.importer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.reference.BundledReference;
import org.tariffgraph.importer.reference.ProductListLinker;
import org.tariffgraph.importer.reference.ReferenceImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Loads the public reference data. */
@Command(name = "reference", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Loads public reference data: the HS 2022 nomenclature, the NAICS 2022 structure, the US",
				"HTS-10 tariff lines (goods of level 8 and 10 under their HS-6 subheading), an HS6->NAICS",
				"concordance, and the product lists that the graph's measures and exemptions name (their",
				"productLists column), which become COVERS links to the listed lines. Give any of them, or",
				"--bundled for the copies that ship with Tariff Graph (all but the concordance). Import the",
				"dataset first: lists are linked to the measures already in the graph.",
				"Codes of an older NAICS vintage that NAICS 2022 lacks are mapped to their nearest NAICS 2022",
				"ancestor and flagged (MADE_BY {mapping: 'ancestor', concordanceCode: ...}); listed lines of",
				"another HTS revision are kept as goods of their own (listedOnly) and, where hts_concordance.csv",
				"says so, linked to their successors. The report accounts for every row of every file.", "" },
		footer = { "%nWhere to get the files:",
				"  HS 2022:     https://github.com/datasets/harmonized-system (data/harmonized-system.csv)",
				"  NAICS 2022:  https://www.census.gov/naics/ ('2022 NAICS Structure', saved as CSV)",
				"  concordance: https://github.com/insongkim/concordance (table hs6_naics, written as CSV)",
				"  US lines and product lists: https://github.com/Budget-Lab-Yale/tariff-rate-tracker",
				"               (resources/hs10_gtap_crosswalk.csv and the other files of resources/)", "",
				"Example:",
				"  tariff-graph-importer reference --hs harmonized-system-2022.csv \\",
				"      --naics naics-2022-structure.csv --concordance hs6-naics-concordance.csv",
				"  tariff-graph-importer reference --us-lines resources/hs10_gtap_crosswalk.csv \\",
				"      --product-lists resources/",
				"  tariff-graph-importer reference --bundled" })
final class ReferenceCommand extends ConnectedCommand {

	@Option(names = "--hs", paramLabel = "FILE", description = "HS 2022 nomenclature CSV (section,hscode,description,parent,level).")
	@Nullable Path hs;

	@Option(names = "--naics", paramLabel = "FILE", description = "NAICS 2022 structure CSV, Census layout.")
	@Nullable Path naics;

	@Option(names = "--concordance", paramLabel = "FILE",
			description = "HS6->NAICS concordance CSV (HS6_6d,HS6_4d,HS6_2d,NAICS_6d,...,NAICS_2d).")
	@Nullable Path concordance;

	@Option(names = "--us-lines", paramLabel = "FILE",
			description = "US HTS-10 lines CSV (hs10,hs6_code,gtap_code,description).")
	@Nullable Path usLines;

	@Option(names = "--product-lists", paramLabel = "DIR",
			description = "Folder of the product lists the graph's measures name (s301_product_lists.csv, ...), "
					+ "with hts_concordance.csv for renumbered lines.")
	@Nullable Path productLists;

	@Option(names = "--bundled", description = "Load the reference data shipped with Tariff Graph instead of files.")
	boolean bundled;

	@Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + ReferenceImporter.DEFAULT_BATCH_SIZE, converter = OptionValues.AtLeastOne.class,
			description = "Rows per transaction. Default: ${DEFAULT-VALUE}.")
	int batchSize;

	@Option(names = "--max-problems", paramLabel = "N", defaultValue = "" + Problems.LISTED_PER_FILE, converter = OptionValues.AtLeastOne.class,
			description = "Report at most N problems per file. Default: ${DEFAULT-VALUE}.")
	int maxProblems;

	private ReferenceImporter.@Nullable Files sources;

	private ReferenceImporter.@Nullable Plan plan;

	@Override
	boolean check(PrintWriter out, PrintWriter err) throws IOException {
		boolean files = this.hs != null || this.naics != null || this.concordance != null || this.usLines != null
				|| this.productLists != null;
		if (files == this.bundled) {
			throw new ParameterException(this.spec.commandLine(), this.bundled
					? "Give either --bundled or files, not both"
					: "Give at least one of --hs, --naics, --us-lines, --concordance, --product-lists, or --bundled");
		}
		var given = this.bundled ? BundledReference.files()
				: ReferenceImporter.Files.of(this.hs, this.naics, this.usLines, this.concordance, this.productLists);
		var read = ReferenceImporter.read(given, this.maxProblems);
		this.sources = given;
		this.plan = read;
		if (!read.problems().isEmpty()) {
			refuse(err, read.problems());
			return false;
		}
		read.notes().forEach(out::println);
		return true;
	}

	@Override
	void dryRun(PrintWriter out) {
		if (this.concordance != null) {
			out.println(ReferenceImporter.resolveOffline(plan()).describe(this.concordance.toString())
					+ " (resolved against the files of this run only)");
		}
		if (sources().productLists() != null) {
			out.println("Product lists are resolved against the measures in the graph: not checked in a dry run.");
		}
	}

	@Override
	String writing() {
		return "Importing reference data";
	}

	@Override
	int write(Driver driver, PrintWriter out, PrintWriter err) throws IOException {
		ProductListLinker.Plan lists = null;
		var productLists = sources().productLists();
		if (productLists != null) {
			lists = ReferenceImporter.planLists(driver, this.connection.database, plan(), productLists, this.maxProblems);
			if (!lists.problems().isEmpty()) {
				refuse(err, lists.problems());
				return ExitCodes.INVALID_INPUT;
			}
		}
		var report = ReferenceImporter.write(driver, this.connection.database, this.batchSize, ConsoleProgress.to(out),
				plan(), lists, (this.concordance != null) ? this.concordance.toString() : null);
		out.println(report.describe());
		return ExitCodes.OK;
	}

	private ReferenceImporter.Files sources() {
		return Objects.requireNonNull(this.sources, "check() reads the files first");
	}

	private ReferenceImporter.Plan plan() {
		return Objects.requireNonNull(this.plan, "check() reads the files first");
	}

	private static void refuse(PrintWriter err, Problems problems) {
		problems.describe().forEach(err::println);
		err.printf("%d problem(s); nothing was written.%n", problems.total());
	}

}
