package org.tariffgraph.importer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neo4j.driver.exceptions.Neo4jException;
import org.tariffgraph.importer.reference.ReferenceImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Loads the public reference data. */
@Command(name = "reference", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Loads public reference data: the HS 2022 nomenclature, the NAICS 2022 structure and an",
				"HS6->NAICS concordance, so that goods link to the industries that make them. Give any of the",
				"three files; the concordance links the goods and industries already in the graph or in this run.",
				"Codes of an older NAICS vintage that NAICS 2022 lacks are mapped to their nearest NAICS 2022",
				"ancestor and flagged (MADE_BY {mapping: 'ancestor', concordanceCode: ...}); the report accounts",
				"for every row of every file.", "" },
		footer = { "%nWhere to get the files:",
				"  HS 2022:     https://github.com/datasets/harmonized-system (data/harmonized-system.csv)",
				"  NAICS 2022:  https://www.census.gov/naics/ ('2022 NAICS Structure', saved as CSV)",
				"  concordance: https://github.com/insongkim/concordance (table hs6_naics, written as CSV)", "",
				"Example:",
				"  tariff-graph-importer reference --hs harmonized-system-2022.csv \\",
				"      --naics naics-2022-structure.csv --concordance hs6-naics-concordance.csv" })
final class ReferenceCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--hs", paramLabel = "FILE", description = "HS 2022 nomenclature CSV (section,hscode,description,parent,level).")
	Path hs;

	@Option(names = "--naics", paramLabel = "FILE", description = "NAICS 2022 structure CSV, Census layout.")
	Path naics;

	@Option(names = "--concordance", paramLabel = "FILE",
			description = "HS6->NAICS concordance CSV (HS6_6d,HS6_4d,HS6_2d,NAICS_6d,...,NAICS_2d).")
	Path concordance;

	@Mixin
	ConnectionOptions connection;

	@Option(names = "--dry-run", description = "Check the files only; do not connect or write.")
	boolean dryRun;

	@Option(names = "--batch-size", paramLabel = "N", defaultValue = "2000",
			description = "Rows per transaction. Default: ${DEFAULT-VALUE}.")
	int batchSize;

	@Option(names = "--max-problems", paramLabel = "N", defaultValue = "50",
			description = "Report at most N problems per file. Default: ${DEFAULT-VALUE}.")
	int maxProblems;

	@Override
	public Integer call() {
		if (this.hs == null && this.naics == null && this.concordance == null) {
			throw new ParameterException(this.spec.commandLine(), "Give at least one of --hs, --naics, --concordance");
		}
		var out = this.spec.commandLine().getOut();
		var err = this.spec.commandLine().getErr();
		var plan = ReferenceImporter.read(new ReferenceImporter.Files(this.hs, this.naics, this.concordance),
				this.maxProblems);
		if (!plan.problems().isEmpty()) {
			plan.problems().describe().forEach(err::println);
			err.printf("%d problem(s); nothing was written.%n", plan.problems().total());
			return ExitCodes.INVALID_INPUT;
		}
		plan.notes().forEach(out::println);
		if (this.dryRun) {
			if (this.concordance != null) {
				out.println(ReferenceImporter.resolveOffline(plan).describe(this.concordance.toString())
						+ " (resolved against the files of this run only)");
			}
			out.println("Dry run: nothing written.");
			return ExitCodes.OK;
		}
		out.println("Importing reference data into " + this.connection.describe());
		try (var driver = this.connection.connect()) {
			driver.verifyConnectivity();
			var report = ReferenceImporter.write(driver, this.connection.database, this.batchSize,
					new ConsoleProgress(out), plan, this.concordance);
			out.println(report.describe());
			return ExitCodes.OK;
		}
		catch (Neo4jException ex) {
			err.println("Neo4j at " + this.connection.describe() + " failed: " + ex.getMessage());
			err.println("Nothing is lost: run the same command again to complete it.");
			return ExitCodes.DATABASE;
		}
		catch (java.io.IOException ex) {
			err.println(ex.getMessage());
			return ExitCodes.INVALID_INPUT;
		}
	}

}
