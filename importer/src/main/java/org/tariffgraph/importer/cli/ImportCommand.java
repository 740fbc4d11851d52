package org.tariffgraph.importer.cli;

import java.util.concurrent.Callable;

import org.neo4j.driver.exceptions.Neo4jException;
import org.tariffgraph.importer.DatasetImporter;
import org.tariffgraph.importer.dataset.Dataset;
import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.dataset.DatasetFormat;
import org.tariffgraph.importer.dataset.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Validates a dataset, then writes it. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Validates a dataset, then writes it to Neo4j with batched UNWIND ... MERGE.",
				"Nothing is written unless the whole dataset is valid. Importing the same dataset again changes",
				"nothing; a changed row updates its node and its relationships. Rows removed from the files are",
				"not deleted from the graph (see docs/dataset-format.md, 'Removing data').", "",
				"A dataset is a folder of UTF-8 CSV files with a header line. Only sources.csv is required.",
				"Lists in a cell are separated by ';'. References to several kinds of entity are typed, like",
				"country:CN, official:howard-lutnick, measure:us-eo-14266, good:9503, industry:3361.", "" },
		footer = { "", "Example (a two-file dataset):",
				"  sources.csv:",
				"    id,publisher,title,url,published",
				"    fr-90-15625,Federal Register,Executive Order 14266,https://www.federalregister.gov/d/2025-06462,2025-04-15",
				"  countries.csv:",
				"    iso2,iso3,name,aliases,sources",
				"    CN,CHN,China,People's Republic of China;PRC,fr-90-15625", "",
				"  tariff-graph-importer import --address bolt://localhost:7687 my-dataset/",
				"  NEO4J_PASSWORD=secret tariff-graph-importer import -a neo4j+s://xxxx.databases.neo4j.io my-dataset/" })
final class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	DatasetArgument dataset;

	@Mixin
	ConnectionOptions connection;

	@Option(names = "--dry-run", description = "Validate only; do not connect or write.")
	boolean dryRun;

	@Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000", converter = OptionValues.AtLeastOne.class,
			description = "Rows per transaction. Default: ${DEFAULT-VALUE}.")
	int batchSize;

	@Override
	public Integer call() throws Exception {
		var out = this.spec.commandLine().getOut();
		var err = this.spec.commandLine().getErr();
		Dataset valid = this.dataset.readValid(out, err);
		if (valid == null) {
			return ExitCodes.INVALID_INPUT;
		}
		if (this.dryRun) {
			out.println("Dry run: nothing written.");
			return ExitCodes.OK;
		}
		out.println("Importing into " + this.connection.describe());
		try (var driver = this.connection.connect()) {
			driver.verifyConnectivity();
			var report = new DatasetImporter(driver, this.connection.database, this.batchSize, new ConsoleProgress(out))
				.write(valid);
			out.println(report.describe());
			return ExitCodes.OK;
		}
		catch (Neo4jException ex) {
			return this.connection.failed(ex, err, "run the same import again to complete it.");
		}
	}

	/** The files and their columns, placed before the footer's example by {@link ImporterCli}. */
	static String formatHelp() {
		return "%nThe files and their columns:%n" + DatasetFormat.describe().replace("%", "%%") + "%n" + limits();
	}

	/** The limits of what is read, each refused with its file, line and column. */
	static String limits() {
		return ("%%nLimits: a file of at most %d MiB; a cell of at most %,d characters; no control characters in a cell "
				+ "(NUL and the like; a tab is fine). Each is refused with its file, line and column, and nothing is "
				+ "written.%%n").formatted(DatasetReader.MAX_FILE_BYTES >> 20, CsvReader.MAX_FIELD_LENGTH);
	}

}
