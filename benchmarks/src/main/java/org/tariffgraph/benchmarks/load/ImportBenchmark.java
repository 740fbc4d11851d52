package org.tariffgraph.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.benchmarks.figures.Medians;
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

	/**
	 * One way of importing and what it cost over the repeats: the median, lowest and highest time, each
	 * repeat's time, and the highest peak memory.
	 */
	public record Figure(String method, long rows, double seconds, double minSeconds, double maxSeconds,
			List<Double> runs, long peakRssKb, long nodes, long relationships) {

		static Figure of(String method, long rows, List<Run> runs) {
			List<Double> seconds = runs.stream().map(Run::seconds).toList();
			Run last = runs.get(runs.size() - 1);
			for (Run run : runs) {
				if (run.nodes() != last.nodes() || run.relationships() != last.relationships()) {
					throw new IllegalStateException("%s built graphs of different sizes in repeats: %s".formatted(method, runs));
				}
			}
			return new Figure(method, rows, Medians.of(seconds), seconds.stream().mapToDouble(d -> d).min().orElseThrow(),
					seconds.stream().mapToDouble(d -> d).max().orElseThrow(), seconds,
					runs.stream().mapToLong(Run::peakRssKb).max().orElseThrow(), last.nodes(), last.relationships());
		}

		public double rowsPerSecond() {
			return this.rows / Math.max(this.seconds, 1e-9);
		}

		/** Rows per second of each repeat. */
		public double rowsPerSecond(int repeat) {
			return this.rows / Math.max(this.runs.get(repeat), 1e-9);
		}

	}

	/** One repeat of one way of importing. */
	record Run(double seconds, long peakRssKb, long nodes, long relationships) {

		static Run of(double seconds, long peakRssKb, long[] size) {
			return new Run(seconds, peakRssKb, size[0], size[1]);
		}

	}

	private final Path workDir;

	private final int batchSize;

	public ImportBenchmark(Path workDir, int batchSize) {
		this.workDir = workDir;
		this.batchSize = batchSize;
	}

	/**
	 * Imports the dataset {@code repeats} times each way. The ways take turns within each repeat, so that a
	 * busy spell of this shared machine falls on all of them rather than on one.
	 */
	public List<Figure> run(Path dataset, int repeats) throws IOException, InterruptedException {
		var read = new DatasetReader(50).read(dataset);
		if (!read.valid()) {
			throw new IllegalStateException("The generated dataset is invalid: " + read.problems().describe());
		}
		Dataset rows = read.validDataset();
		List<Row> sample = sample(rows);
		List<List<Run>> runs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (int repeat = 0; repeat < repeats; repeat++) {
			runs.get(0).add(importer(dataset));
			runs.get(1).add(raw(rows));
			runs.get(2).add(loadCsv(dataset));
			runs.get(3).add(rowAtATime(sample));
		}
		return List.of(Figure.of("importer (CLI process, validation included)", rows.rowCount(), runs.get(0)),
				Figure.of("raw driver UNWIND MERGE batches", rows.rowCount(), runs.get(1)),
				Figure.of("LOAD CSV ... CALL { } IN TRANSACTIONS", rows.rowCount(), runs.get(2)),
				Figure.of("row-at-a-time transactions (1% sample)", sample.size(), runs.get(3)));
	}

	private Run importer(Path dataset) throws IOException, InterruptedException {
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
			return Run.of(seconds, peak, db.size());
		}
	}

	private Run raw(Dataset rows) {
		try (var db = fresh(null)) {
			long start = System.nanoTime();
			RawWriter.write(db.driver(), rows, this.batchSize);
			new GraphWriter(db.driver(), null, this.batchSize, Progress.NONE).linkHierarchies(new ImportReport());
			double seconds = (System.nanoTime() - start) / 1e9;
			return Run.of(seconds, -1, db.size());
		}
	}

	private Run loadCsv(Path dataset) throws IOException {
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
			return Run.of(seconds, -1, db.size());
		}
	}

	/**
	 * Every hundredth row of every file: a sample whose references may point at rows outside it, so only the
	 * relationships between sampled rows are written; the figure is rows per second.
	 */
	private static List<Row> sample(Dataset rows) {
		List<Row> sample = new ArrayList<>();
		rows.rowsByTable().forEach((table, list) -> {
			for (int i = 0; i < list.size(); i += 100) {
				sample.add(list.get(i));
			}
		});
		return sample;
	}

	private Run rowAtATime(List<Row> sample) {
		try (var db = fresh(null)) {
			long start = System.nanoTime();
			RawWriter.writeRowByRow(db.driver(), sample);
			double seconds = (System.nanoTime() - start) / 1e9;
			return Run.of(seconds, -1, db.size());
		}
	}

	private FreshDatabase fresh(@Nullable Path csvRoot) {
		try {
			return new FreshDatabase(Files.createTempDirectory(this.workDir, "neo4j"), csvRoot);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
