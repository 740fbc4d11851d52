package org.tariffgraph.importer.cli;

import java.util.Objects;
import java.io.IOException;
import java.io.PrintWriter;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.tariffgraph.importer.DatasetImporter;
import org.tariffgraph.importer.dataset.Dataset;
import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.dataset.DatasetFormat;
import org.tariffgraph.importer.dataset.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
final class ImportCommand extends ConnectedCommand {

	@Mixin
	DatasetArgument dataset;

	@Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + DatasetImporter.DEFAULT_BATCH_SIZE, converter = OptionValues.AtLeastOne.class,
			description = "Rows per transaction. Default: ${DEFAULT-VALUE}.")
	int batchSize;

	private @Nullable Dataset valid;

	@Override
	boolean check(PrintWriter out, PrintWriter err) throws IOException {
		this.valid = this.dataset.readValid(out, err);
		return this.valid != null;
	}

	@Override
	String writing() {
		return "Importing";
	}

	@Override
	String again() {
		return "run the same import again to complete it.";
	}

	@Override
	int write(Driver driver, PrintWriter out, PrintWriter err) {
		var report = new DatasetImporter(driver, this.connection.database, this.batchSize, ConsoleProgress.to(out))
			.write(Objects.requireNonNull(this.valid, "check() reads the dataset first"));
		out.println(report.describe());
		return ExitCodes.OK;
	}

	/** The files and their columns, a help section before the footer's example ({@link ImporterCli}). */
	static String formatHelp() {
		String n = System.lineSeparator();
		return n + "The files and their columns:" + n + DatasetFormat.describe() + n + limits();
	}

	/** The limits of what is read, each refused with its file, line and column. */
	static String limits() {
		String n = System.lineSeparator();
		return n + ("Limits: a file of at most %d MiB; a cell of at most %,d characters; no control characters in a cell "
				+ "(NUL and the like; a tab is fine). Each is refused with its file, line and column, and nothing is "
				+ "written.").formatted(DatasetReader.MAX_FILE_BYTES >> 20, CsvReader.MAX_FIELD_LENGTH) + n;
	}

}
