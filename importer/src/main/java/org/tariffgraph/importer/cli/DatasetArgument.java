package org.tariffgraph.importer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.importer.dataset.BundledDataset;
import org.tariffgraph.importer.dataset.Dataset;
import org.tariffgraph.importer.dataset.DatasetReader;
import org.tariffgraph.importer.dataset.Problems;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The dataset a command reads, and how many problems per file it reports. */
final class DatasetArgument {

	@Parameters(index = "0", paramLabel = "DATASET",
			description = "A folder of dataset CSV files, or 'bundled' for the dataset that ships with Tariff Graph.")
	String dataset;

	@Option(names = "--max-problems", paramLabel = "N", defaultValue = "" + Problems.LISTED_PER_FILE, converter = OptionValues.AtLeastOne.class,
			description = "Report at most N problems per file. Default: ${DEFAULT-VALUE}.")
	int maxProblems;

	/** Reads and validates; prints every problem and returns null when there are any. */
	@Nullable Dataset readValid(PrintWriter out, PrintWriter err) throws IOException {
		DatasetReader.Result result = "bundled".equals(this.dataset) ? BundledDataset.read(this.maxProblems)
				: new DatasetReader(this.maxProblems).read(Path.of(this.dataset));
		if (!result.valid()) {
			result.problems().describe().forEach(err::println);
			err.printf("%d problem(s) in %s; nothing was written.%n", result.problems().total(), this.dataset);
			err.flush();
			return null;
		}
		Dataset dataset = result.validDataset();
		out.printf("%s is valid: %d rows (%s)%n", this.dataset, dataset.rowCount(),
				String.join(", ", dataset.rowCounts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
		out.flush();
		return dataset;
	}

}
