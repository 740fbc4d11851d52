package org.tariffgraph.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.tariffgraph.benchmarks.load.ImportBenchmark;
import org.tariffgraph.benchmarks.query.QueryBenchmark;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's results as Markdown for people and JSON for tools, with the machine they were taken on. */
final class Report {

	/** The import figures of one scale. */
	record ScaleResult(double scale, long rows, long nodes, long relationships, List<ImportBenchmark.Figure> figures) {

		/** The median rows per second of one way over another's. */
		double ratio(int method, int baseline) {
			return this.figures.get(method).rowsPerSecond() / this.figures.get(baseline).rowsPerSecond();
		}

		/** The lowest and highest ratio of one repeat: the ways took turns, so each repeat compares like with like. */
		double[] ratioRange(int method, int baseline) {
			var m = this.figures.get(method);
			var b = this.figures.get(baseline);
			double[] ratios = IntStream.range(0, m.runs().size())
				.mapToDouble(i -> m.rowsPerSecond(i) / b.rowsPerSecond(i))
				.toArray();
			return new double[] { Arrays.stream(ratios).min().orElseThrow(), Arrays.stream(ratios).max().orElseThrow() };
		}

		String ratioCell(int method, int baseline, String format) {
			double[] range = ratioRange(method, baseline);
			return (format + " (" + format + "–" + format + ")").formatted(ratio(method, baseline), range[0], range[1]);
		}

	}

	private final Map<String, Object> machine;

	private final List<ScaleResult> scales = new ArrayList<>();

	private double queryScale;

	private List<QueryBenchmark.Figure> queries = List.of();

	private List<QueryBenchmark.Figure> products = List.of();

	private List<QueryBenchmark.Figure> peer = List.of();

	private double productLoadSeconds;

	Report(Map<String, Object> machine) {
		this.machine = machine;
	}

	void add(ScaleResult result) {
		this.scales.add(result);
	}

	void queries(double scale, List<QueryBenchmark.Figure> figures) {
		this.queryScale = scale;
		this.queries = figures;
	}

	/** appliedTariffs on real lines, and how long loading the main job's graph took. */
	void products(double loadSeconds, List<QueryBenchmark.Figure> figures) {
		this.productLoadSeconds = loadSeconds;
		this.products = figures;
	}

	/** The API against the Neo4j GraphQL Library on the query benchmark's graph. */
	void peer(List<QueryBenchmark.Figure> figures) {
		this.peer = figures;
	}

	void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("taken", OffsetDateTime.now().toString());
		json.put("machine", this.machine);
		json.put("import", this.scales);
		json.put("queryScale", this.queryScale);
		json.put("queries", this.queries);
		json.put("productLoadSeconds", this.productLoadSeconds);
		json.put("products", this.products);
		json.put("peer", this.peer);
		JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(folder.resolve("report.json"), mapper.writeValueAsString(json));
		Files.writeString(folder.resolve("report.md"), markdown());
	}

	String markdown() {
		StringBuilder md = new StringBuilder("# Tariff Graph benchmark\n\n");
		md.append("Taken ").append(OffsetDateTime.now().withNano(0)).append(" on ");
		this.machine.forEach((k, v) -> md.append(k).append(": ").append(v).append("; "));
		md.append("\n\nRatios compare figures measured in the same run on the same machine; absolute figures vary with the load of this shared machine.\n");
		if (!this.scales.isEmpty()) {
			md.append("\n## Import\n\n| scale | rows | nodes | relationships | method | seconds | rows/s | peak RSS (MiB) |\n|---|---|---|---|---|---|---|---|\n");
			for (ScaleResult s : this.scales) {
				for (ImportBenchmark.Figure f : s.figures()) {
					md.append("| %s | %d | %d | %d | %s | %.1f (%.1f–%.1f) | %.0f | %s |\n".formatted(s.scale(), f.rows(),
							f.nodes(), f.relationships(), f.method(), f.seconds(), f.minSeconds(), f.maxSeconds(),
							f.rowsPerSecond(), f.peakRssKb() < 0 ? "–" : "%.0f".formatted(f.peakRssKb() / 1024.0)));
				}
			}
			md.append("\n| scale | importer ÷ raw baseline | importer ÷ LOAD CSV | batched raw ÷ row-at-a-time |\n|---|---|---|---|\n");
			for (ScaleResult s : this.scales) {
				md.append("| %s | %s | %s | %s |\n".formatted(s.scale(), s.ratioCell(0, 1, "%.2f"), s.ratioCell(0, 2, "%.2f"),
						s.ratioCell(1, 3, "%.1f")));
			}
			int repeats = this.scales.get(0).figures().get(0).runs().size();
			md.append("\nEach way imported the same files into a fresh database %d times, the ways taking turns; seconds and rows/s are medians, with the fastest and slowest repeat in brackets. Ratios are of the medians, with the lowest and highest ratio within one repeat in brackets. Peak RSS is the importer process's highest resident memory over the repeats.\n"
				.formatted(repeats));
		}
		if (!this.queries.isEmpty()) {
			md.append("\n## Queries (scale ").append(this.queryScale).append(", GraphQL over HTTP vs. the same answer in Cypher through the driver)\n\n");
			queryTable(md, this.queries, "Cypher");
			md.append("\nThe API and the baseline took turns, round by round. Throughput is the median of the rounds, with the lowest and highest round in brackets; latencies are medians of the rounds' percentiles. The floor row is a request that reads nothing (`{ apiVersion }` against `RETURN 1`): what HTTP and GraphQL cost on their own.\n");
		}
		if (!this.products.isEmpty()) {
			md.append("\n## appliedTariffs on real lines (the main job's graph, loaded in %.1f s)\n\n".formatted(this.productLoadSeconds));
			md.append("The graph the main job starts with: the bundled dataset and the shipped reference data. The baseline is hand-written Cypher giving every line the same total by the same stacking rules; both answers were compared line by line before timing.\n\n");
			queryTable(md, this.products, "Cypher");
		}
		if (!this.peer.isEmpty()) {
			md.append("\n## Against the Neo4j GraphQL Library (scale ").append(this.queryScale).append(", the same database)\n\n");
			md.append("The peer is `@neo4j/graphql` on Apollo Server in Node.js (`benchmarks/peer`, versions pinned in its lock file), with type definitions for the same labels and relationship types. Both answered each question with the same data (compared item by item, nested lists unordered) before timing; they took turns, round by round. Ratios are Tariff Graph ÷ peer: above 1 in throughput and below 1 in p50 mean Tariff Graph is faster.\n\n");
			queryTable(md, this.peer, "peer");
		}
		return md.toString();
	}

	private static void queryTable(StringBuilder md, List<QueryBenchmark.Figure> figures, String baseline) {
		md.append("| question | concurrency | GraphQL req/s | %1$s req/s | throughput ratio | GraphQL p50 / p95 / p99 ms | %1$s p50 / p95 / p99 ms | p50 ratio | Cypher queries per request |\n|---|---|---|---|---|---|---|---|---|\n"
			.formatted(baseline));
		for (QueryBenchmark.Figure f : figures) {
			md.append("| %s | %d | %.1f (%.1f–%.1f) | %.1f (%.1f–%.1f) | %.2f | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.2f | %.1f |\n"
				.formatted(f.question(), f.concurrency(), f.graphQl().throughput(), f.graphQl().minThroughput(),
						f.graphQl().maxThroughput(), f.cypher().throughput(), f.cypher().minThroughput(),
						f.cypher().maxThroughput(), f.throughputRatio(), f.graphQl().p50Ms(), f.graphQl().p95Ms(),
						f.graphQl().p99Ms(), f.cypher().p50Ms(), f.cypher().p95Ms(), f.cypher().p99Ms(), f.p50Ratio(),
						f.queriesPerRequest()));
		}
	}

}
