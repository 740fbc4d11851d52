package org.tariffgraph.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neo4j.kernel.internal.Version;
import org.tariffgraph.benchmarks.generator.ScaleGenerator;
import org.tariffgraph.benchmarks.load.FreshDatabase;
import org.tariffgraph.benchmarks.load.ImportBenchmark;
import org.tariffgraph.benchmarks.query.Peer;
import org.tariffgraph.benchmarks.query.QueryBenchmark;
import org.tariffgraph.importer.DatasetImporter;
import org.tariffgraph.importer.cli.ImporterCli;
import org.tariffgraph.importer.dataset.BundledDataset;
import org.tariffgraph.importer.dataset.DatasetReader;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.reference.BundledReference;
import org.tariffgraph.importer.reference.ReferenceImporter;
import org.tariffgraph.importer.write.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.SpringBootVersion;

/** Generates datasets at the chosen scales, runs the import and query benchmarks and writes the report. */
@Command(name = "tariff-graph-benchmarks", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Measures import and query cost at scale against baselines measured in the same run,",
				"and writes benchmark-results/<time>/report.md and report.json (and benchmark-results/latest.md)." })
public final class BenchmarkCommand implements Callable<Integer> {

	@Option(names = "--scales", split = ",", defaultValue = "0.1,1,3",
			description = "Scales to import; 1 is about 100k nodes and 1M relationships. Default: ${DEFAULT-VALUE}.")
	List<Double> scales;

	@Option(names = "--query-scale", defaultValue = "1",
			description = "The scale whose graph the query benchmark runs on. Default: ${DEFAULT-VALUE}.")
	double queryScale;

	@Option(names = "--concurrency", split = ",", defaultValue = "1,8,32",
			description = "Concurrent clients of the query benchmark. Default: ${DEFAULT-VALUE}.")
	List<Integer> concurrency;

	@Option(names = "--import-repeats", defaultValue = "3",
			description = "Times each way of importing runs per scale; figures are medians. Default: ${DEFAULT-VALUE}.")
	int importRepeats;

	@Option(names = "--rounds", defaultValue = "5",
			description = "Measured rounds per query figure; figures are medians. Default: ${DEFAULT-VALUE}.")
	int rounds;

	@Option(names = "--round-seconds", defaultValue = "2",
			description = "How long each client asks in a round, one request after the other. Default: ${DEFAULT-VALUE}.")
	double roundSeconds;

	@Option(names = "--warmup", defaultValue = "90",
			description = "Seconds all questions are asked both ways before any is timed, so that the JIT has compiled both. Default: ${DEFAULT-VALUE}.")
	double warmup;

	@Option(names = "--batch-size", defaultValue = "" + DatasetImporter.DEFAULT_BATCH_SIZE, description = "Rows per transaction. Default: ${DEFAULT-VALUE}.")
	int batchSize;

	@Option(names = "--seed", defaultValue = "42", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
	long seed;

	@Option(names = "--reference-data", defaultValue = "../shared/data",
			description = "Folder with the HS, NAICS and concordance CSV files. Default: ${DEFAULT-VALUE}.")
	Path referenceData;

	@Option(names = "--work-dir", defaultValue = "target/benchmark-work",
			description = "Where generated datasets and databases go. Default: ${DEFAULT-VALUE}.")
	Path workDir;

	@Option(names = "--out", defaultValue = "benchmark-results", description = "Where reports go. Default: ${DEFAULT-VALUE}.")
	Path out;

	@Option(names = "--skip-import", description = "Run the query benchmark only.")
	boolean skipImport;

	@Option(names = "--skip-queries", description = "Run the import benchmark only.")
	boolean skipQueries;

	@Option(names = "--skip-products", description = "Skip appliedTariffs on real lines (the main job's graph).")
	boolean skipProducts;

	@Option(names = "--skip-peer", description = "Skip the comparison with the Neo4j GraphQL Library (it needs Node.js and npm).")
	boolean skipPeer;

	@Option(names = "--peer", defaultValue = "benchmarks/peer",
			description = "The Neo4j GraphQL Library peer's folder. Default: ${DEFAULT-VALUE}.")
	Path peerFolder;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		ImporterCli.quietLibraryLogging();
		System.exit(new CommandLine(new BenchmarkCommand()).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		if (this.importRepeats < 1 || this.rounds < 1 || this.roundSeconds <= 0) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--import-repeats and --rounds must be at least 1, --round-seconds above 0");
		}
		Files.createDirectories(this.workDir);
		var reference = ReferenceImporter.read(ReferenceImporter.Files.of(this.referenceData.resolve("harmonized-system-2022.csv"),
				this.referenceData.resolve("naics-2022-structure.csv"), null,
				this.referenceData.resolve("hs6-naics-concordance.csv"), null), Problems.LISTED_PER_FILE);
		if (!reference.problems().isEmpty()) {
			System.err.println(String.join(System.lineSeparator(), reference.problems().describe()));
			return 1;
		}
		Report report = new Report(machine());
		if (!this.skipImport) {
			for (double scale : this.scales) {
				Path dataset = generate(reference, scale);
				log("import benchmark at scale " + scale);
				var figures = new ImportBenchmark(this.workDir, this.batchSize).run(dataset, this.importRepeats);
				var first = figures.get(0);
				report.add(new Report.ScaleResult(scale, first.rows(), first.nodes(), first.relationships(), figures));
				figures.forEach(f -> log("  %-45s %8.1f s %10.0f rows/s (median of %d)".formatted(f.method(), f.seconds(),
						f.rowsPerSecond(), f.runs().size())));
			}
		}
		if (!this.skipQueries) {
			Path dataset = generate(reference, this.queryScale);
			log("query benchmark at scale " + this.queryScale);
			try (var db = new FreshDatabase(Files.createTempDirectory(this.workDir, "neo4j"), null)) {
				new DatasetImporter(db.driver(), null, this.batchSize, Progress.NONE)
					.write(new DatasetReader(Problems.LISTED_PER_FILE).read(dataset).validDataset());
				var benchmark = new QueryBenchmark(this.rounds, seconds(this.roundSeconds), seconds(this.warmup));
				report.queries(this.queryScale, benchmark.run(db.boltUri(), db.driver(), this.concurrency));
				if (!this.skipPeer) {
					log("the API against the Neo4j GraphQL Library at scale " + this.queryScale);
					var peer = Peer.start(this.peerFolder.toAbsolutePath(), db.boltUri(), this.workDir);
					if (peer.isPresent()) {
						try (Peer running = peer.get()) {
							report.peer(benchmark.runPeer(db.boltUri(), this.concurrency, running, this.peerFolder.toAbsolutePath()));
						}
					}
				}
			}
		}
		if (!this.skipProducts) {
			log("appliedTariffs on real lines: the bundled dataset and the shipped reference data");
			try (var db = new FreshDatabase(Files.createTempDirectory(this.workDir, "neo4j"), null)) {
				long start = System.nanoTime();
				new DatasetImporter(db.driver(), null, this.batchSize, Progress.NONE).write(BundledDataset.read(Problems.LISTED_PER_FILE).validDataset());
				var loaded = BundledReference.load(db.driver(), null, ReferenceImporter.DEFAULT_BATCH_SIZE, Progress.NONE);
				double seconds = (System.nanoTime() - start) / 1e9;
				log("  loaded in %.1f s (%d reference rows)".formatted(seconds, loaded.rows()));
				report.products(seconds, new QueryBenchmark(this.rounds, seconds(this.roundSeconds), seconds(this.warmup))
					.runProducts(db.boltUri(), db.driver(), this.concurrency));
			}
		}
		Path folder = this.out.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm")));
		report.write(folder);
		Files.writeString(this.out.resolve("latest.md"), report.markdown());
		log("report written to " + folder.resolve("report.md"));
		return 0;
	}

	private Path generate(ReferenceImporter.Plan reference, double scale) throws IOException {
		Path dataset = this.workDir.resolve("dataset-scale-" + scale + "-seed-" + this.seed);
		if (!Files.exists(dataset.resolve("statements.csv"))) {
			log("generating scale " + scale + " into " + dataset);
			var result = new ScaleGenerator(scale, this.seed, reference).write(dataset);
			log("  " + result.rows() + " rows");
		}
		return dataset;
	}

	private static Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memory", memory());
		machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("neo4j", Version.getNeo4jVersion());
		machine.put("springBoot", SpringBootVersion.getVersion());
		machine.put("maxHeap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
		return machine;
	}

	private static String memory() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ").replace("MemTotal: ", "");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static Duration seconds(double seconds) {
		return Duration.ofMillis(Math.round(seconds * 1000));
	}

	private static void log(String line) {
		System.out.println(line);
		System.out.flush();
	}

}
