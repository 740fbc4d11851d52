package org.tariffgraph.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.tariffgraph.importer.dataset.Dataset;
import org.tariffgraph.importer.dataset.DatasetReader;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.importer.write.GraphWriter;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.importer.write.Progress;

/**
 * Imports one dataset four ways, each into a fresh database, and times them: the importer as users run it
 * (a process of its own, validation included), the raw driver baseline, LOAD CSV, and row-at-a-time
 * transactions on a 1% sample.
 */
public final class ImportBenchmark {

	/** One way of importing and what it cost. */
	public record Figure(String method, long rows, double seconds, long peakRssKb, long nodes, long relationships) {

		public double rowsPerSecond() {
			return this.rows / Math.max(this.seconds, 1e-9);
		}

	}

	private final Path workDir;

	private final int batchSize;

	public ImportBenchmark(Path workDir, int batchSize) {
		this.workDir = workDir;
		this.batchSize = batchSize;
	}

	public List<Figure> run(Path dataset) throws IOException, InterruptedException {
		var read = new DatasetReader(50).read(dataset);
		if (!read.valid()) {
			throw new IllegalStateException("The generated dataset is invalid: " + read.problems().describe());
		}
		Dataset rows = read.dataset();
		List<Figure> figures = new ArrayList<>();
		figures.add(importer(dataset, rows.rowCount()));
		figures.add(raw(rows));
		figures.add(loadCsv(dataset, rows.rowCount()));
		figures.add(rowAtATime(rows));
		return figures;
	}

	private Figure importer(Path dataset, long rowCount) throws IOException, InterruptedException {
		try (var db = fresh(null)) {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			var command = List.of(java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
					"-cp", System.getProperty("java.class.path"), "org.tariffgraph.importer.cli.ImporterCli", "import",
					"--address", db.boltUri(), "--batch-size", String.valueOf(this.batchSize), dataset.toString());
			Path log = Files.createTempFile(this.workDir, "importer", ".log");
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			long peak = PeakMemory.watch(process);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (process.exitValue() != 0) {
				throw new IllegalStateException("The importer failed:\n" + Files.readString(log));
			}
			long[] size = db.size();
			return new Figure("importer (CLI process, validation included)", rowCount, seconds, peak, size[0], size[1]);
		}
	}

	private Figure raw(Dataset rows) {
		try (var db = fresh(null)) {
			long start = System.nanoTime();
			RawWriter.write(db.driver(), rows, this.batchSize);
			new GraphWriter(db.driver(), null, this.batchSize, Progress.NONE).linkHierarchies(new ImportReport());
			double seconds = (System.nanoTime() - start) / 1e9;
			long[] size = db.size();
			return new Figure("raw driver UNWIND MERGE batches", rows.rowCount(), seconds, -1, size[0], size[1]);
		}
	}

	private Figure loadCsv(Path dataset, long rowCount) throws IOException {
		Set<String> files;
		try (Stream<Path> list = Files.list(dataset)) {
			files = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
		}
		try (var db = fresh(dataset)) {
			long start = System.nanoTime();
			try (var session = db.driver().session()) {
				for (String statement : LoadCsvStatements.forFiles(files, this.batchSize)) {
					session.run(statement).consume();
				}
			}
			new GraphWriter(db.driver(), null, this.batchSize, Progress.NONE).linkHierarchies(new ImportReport());
			double seconds = (System.nanoTime() - start) / 1e9;
			long[] size = db.size();
			return new Figure("LOAD CSV ... CALL { } IN TRANSACTIONS", rowCount, seconds, -1, size[0], size[1]);
		}
	}

	private Figure rowAtATime(Dataset rows) {
		// Every hundredth row of every file: a sample whose references may point at rows outside it, so only
		// the relationships between sampled rows are written; the figure is rows per second.
		Map<String, List<Row>> sample = new LinkedHashMap<>();
		rows.rowsByTable().forEach((table, list) -> {
			List<Row> picked = new ArrayList<>();
			for (int i = 0; i < list.size(); i += 100) {
				picked.add(list.get(i));
			}
			sample.put(table.file(), picked);
		});
		List<Row> flat = sample.values().stream().flatMap(List::stream).toList();
		try (var db = fresh(null)) {
			long start = System.nanoTime();
			RawWriter.writeRowByRow(db.driver(), flat);
			double seconds = (System.nanoTime() - start) / 1e9;
			long[] size = db.size();
			return new Figure("row-at-a-time transactions (1% sample)", flat.size(), seconds, -1, size[0], size[1]);
		}
	}

	private FreshDatabase fresh(Path csvRoot) {
		try {
			return new FreshDatabase(Files.createTempDirectory(this.workDir, "neo4j"), csvRoot);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
