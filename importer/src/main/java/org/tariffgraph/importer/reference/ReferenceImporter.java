package org.tariffgraph.importer.reference;

import java.util.Objects;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.importer.write.GraphWriter;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;
import org.tariffgraph.model.schema.GraphSchema;
import org.tariffgraph.model.schema.ImportLog;

/**
 * Loads HS, NAICS, the US tariff lines, the concordance and the product lists in that order: all files are read
 * and checked first, and nothing is written if any has a problem.
 */
public final class ReferenceImporter {

	/**
	 * Rows per transaction unless the user asks for another number ({@code reference --batch-size}): more than a
	 * dataset's, as a reference row writes one node or one relationship.
	 */
	public static final int DEFAULT_BATCH_SIZE = 2000;

	private static final String LINK_CONCORDANCE = """
			UNWIND $rows AS row
			MATCH (g:Good {hsCode: row.hs})
			MATCH (i:Industry {naicsCode: row.naics})
			MERGE (g)-[r:MADE_BY]->(i)
			SET r.source = 'hs6-naics-concordance', r.concordanceCode = row.original, r.mapping = row.mapping""";

	/**
	 * The files to load; any may be null.
	 * @param productLists a list's file by its name (the files of a folder, or the shipped ones)
	 */
	public record Files(@Nullable ReferenceFile hs, @Nullable ReferenceFile naics, @Nullable ReferenceFile usLines,
			@Nullable ReferenceFile concordance, @Nullable Function<String, ReferenceFile> productLists) {

		/**
		 * Files a user names; any may be null, {@code productLists} is the folder the lists are in. A list the folder
		 * lacks is read from the copy shipped with the importer if the project extracts it from the legal texts
		 * ({@link BundledReference#EXTRACTED}): those are not among the tracker's files users bring.
		 */
		public static Files of(@Nullable Path hs, @Nullable Path naics, @Nullable Path usLines, @Nullable Path concordance,
				@Nullable Path productLists) {
			return new Files(file(hs), file(naics), file(usLines), file(concordance),
					(productLists != null) ? name -> BundledReference.listInFolder(productLists, name) : null);
		}

		private static @Nullable ReferenceFile file(@Nullable Path path) {
			return (path != null) ? ReferenceFile.of(path) : null;
		}

	}

	/** What was read: rows to write, or problems. */
	public record Plan(List<Row> goods, List<Row> industries, List<Row> lines,
			List<ReferenceReader.ConcordanceRow> concordance, List<String> notes, Problems problems) {
	}

	private ReferenceImporter() {
	}

	public static Plan read(Files files, int maxProblemsPerFile) {
		Problems problems = new Problems(maxProblemsPerFile);
		ReferenceReader reader = new ReferenceReader(problems);
		List<String> notes = new ArrayList<>();
		List<Row> goods = read(reader, files.hs(), reader::readHs);
		List<Row> industries = read(reader, files.naics(), reader::readNaics);
		List<Row> lines = read(reader, files.usLines(), file -> new UsLinesReader(problems, reader.csv()).read(file, notes));
		List<ReferenceReader.ConcordanceRow> concordance = read(reader, files.concordance(), reader::readConcordance);
		List<String> allNotes = new ArrayList<>(reader.notes());
		allNotes.addAll(notes);
		return new Plan(goods, industries, lines, concordance, allNotes, problems);
	}

	/** Resolves the concordance against the codes of this plan alone, as a dry run does. */
	public static ConcordanceResolution resolveOffline(Plan plan) {
		return new ConcordanceResolution(plan.concordance(), keys(plan.goods()), keys(plan.industries()));
	}

	/**
	 * Reads the product lists that the graph's measures and exemptions name, against the goods in the graph and
	 * in this plan; run it before {@link #write}, which writes nothing of a plan with problems.
	 */
	public static ProductListLinker.Plan planLists(Driver driver, @Nullable String database, Plan plan,
			Function<String, ReferenceFile> files, int maxProblemsPerFile) {
		// goods known only from a list are not lines of the nomenclature: they stay listed-only and mapped
		Set<String> known = new HashSet<>();
		driver.executableQuery("MATCH (g:Good) WHERE g.listedOnly IS NULL OR NOT g.listedOnly RETURN g.hsCode AS code")
			.withConfig(config(database)).execute().records().forEach(r -> known.add(r.get("code").asString()));
		known.addAll(keys(plan.goods()));
		known.addAll(keys(plan.lines()));
		return ProductListLinker.plan(driver, database, known, files, maxProblemsPerFile);
	}

	/** What a load held, for the import log: "HS, NAICS, US tariff lines, product lists". */
	private static String parts(Plan plan, ProductListLinker.@Nullable Plan lists) {
		List<String> parts = new ArrayList<>();
		if (!plan.goods().isEmpty()) {
			parts.add("HS");
		}
		if (!plan.industries().isEmpty()) {
			parts.add("NAICS");
		}
		if (!plan.lines().isEmpty()) {
			parts.add("US tariff lines");
		}
		if (lists != null) {
			parts.add("product lists");
		}
		if (!plan.concordance().isEmpty()) {
			parts.add("HS→NAICS concordance");
		}
		return String.join(", ", parts);
	}

	public static ImportReport write(Driver driver, @Nullable String database, int batchSize, Progress progress, Plan plan,
			ProductListLinker.@Nullable Plan lists, @Nullable String concordanceName) {
		long start = System.nanoTime();
		GraphSchema.migrate(driver);
		GraphWriter writer = new GraphWriter(driver, database, batchSize, progress);
		ImportReport report = new ImportReport();
		plan.notes().forEach(report::addNote);
		Set<String> existing = new HashSet<>(
				writer.writeNodes("reference sources", EntityKind.SOURCE, ReferenceSources.ALL, report));
		existing.addAll(writer.writeNodes("HS goods", EntityKind.GOOD, plan.goods(), report));
		existing.addAll(writer.writeNodes("NAICS industries", EntityKind.INDUSTRY, plan.industries(), report));
		existing.addAll(writer.writeNodes("US tariff lines", EntityKind.GOOD, plan.lines(), report));
		writer.writeRelationships("HS goods", plan.goods(), report, existing);
		writer.writeRelationships("NAICS industries", plan.industries(), report, existing);
		writer.writeRelationships("US tariff lines", plan.lines(), report, existing);
		if (lists != null) {
			ProductListLinker.write(writer, lists, report, existing);
		}
		writer.linkHierarchies(report);
		if (!plan.lines().isEmpty()) {
			report.addNote(outsideHs2022(driver, database));
		}
		if (!plan.concordance().isEmpty()) {
			var resolution = new ConcordanceResolution(plan.concordance(), codes(driver, database, EntityKind.GOOD),
					codes(driver, database, EntityKind.INDUSTRY));
			writer.writeBatches("HS→NAICS concordance", LINK_CONCORDANCE, resolution.links(),
					link -> Map.of("hs", link.hs(), "naics", link.naics(), "original", link.original(), "mapping",
							link.mapping()),
					report, RelationshipType.MADE_BY);
			report.addNote(resolution.describe(Objects.requireNonNullElse(concordanceName, "the concordance")));
		}
		long rows = plan.goods().size() + plan.industries().size() + plan.lines().size() + plan.concordance().size()
				+ ((lists != null) ? lists.links().size() : 0);
		writer.recordImport(ImportLog.REFERENCE, parts(plan, lists), rows);
		report.addRows(rows);
		report.setDuration(Duration.ofNanos(System.nanoTime() - start));
		return report;
	}

	/** HTS-8 lines whose six-digit subheading HS 2022 does not have: kept, without a parent, and counted. */
	private static String outsideHs2022(Driver driver, @Nullable String database) {
		var record = driver.executableQuery("""
				MATCH (g:Good {level: 8}) WHERE g.listedOnly IS NULL AND NOT (g)-[:PART_OF]->()
				RETURN count(g) AS lines, collect(DISTINCT left(g.hsCode, 6))[..10] AS examples,
				       count(DISTINCT left(g.hsCode, 6)) AS subheadings""").withConfig(config(database)).execute()
			.records().get(0);
		return ("%d HTS-8 line(s) under %d six-digit code(s) that the HS 2022 nomenclature in the graph lacks (e.g. %s): "
				+ "kept, without a parent").formatted(record.get("lines").asLong(), record.get("subheadings").asLong(),
						String.join(", ", record.get("examples").asList(v -> v.asString())));
	}

	@FunctionalInterface
	private interface FileReading<T> {

		List<T> read(ReferenceFile file) throws IOException;

	}

	private static <T> List<T> read(ReferenceReader reader, @Nullable ReferenceFile file, FileReading<T> reading) {
		if (file == null) {
			return List.of();
		}
		try {
			return reading.read(file);
		}
		catch (IOException ex) {
			reader.fileProblem(file, ex);
			return List.of();
		}
	}

	private static Set<String> keys(List<Row> rows) {
		Set<String> keys = new HashSet<>();
		rows.forEach(row -> keys.add(row.uid().substring(row.uid().indexOf(':') + 1)));
		return keys;
	}

	static Set<String> codes(Driver driver, @Nullable String database, EntityKind kind) {
		// the label and key come from the model, not from input
		var query = "MATCH (n:%s) RETURN n.%s AS code".formatted(kind.label(), kind.keyProperty());
		Set<String> codes = new HashSet<>();
		driver.executableQuery(query).withConfig(config(database)).execute().records()
			.forEach(r -> codes.add(r.get("code").asString()));
		return codes;
	}

	static QueryConfig config(@Nullable String database) {
		var config = QueryConfig.builder();
		if (database != null && !database.isBlank()) {
			config.withDatabase(database);
		}
		return config.build();
	}

}
