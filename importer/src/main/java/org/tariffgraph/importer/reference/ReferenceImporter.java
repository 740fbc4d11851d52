package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.importer.write.GraphWriter;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.importer.write.Progress;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.schema.GraphSchema;

/**
 * Loads HS, NAICS and the concordance in that order: all files are read and checked first, and nothing is
 * written if any has a problem.
 */
public final class ReferenceImporter {

	private static final String LINK_CONCORDANCE = """
			UNWIND $rows AS row
			MATCH (g:Good {hsCode: row.hs})
			MATCH (i:Industry {naicsCode: row.naics})
			MERGE (g)-[r:MADE_BY]->(i)
			SET r.source = 'hs6-naics-concordance', r.concordanceCode = row.original, r.mapping = row.mapping""";

	/** The files to load; any may be null. */
	public record Files(Path hs, Path naics, Path concordance) {
	}

	/** What was read: rows to write, or problems. */
	public record Plan(List<Row> goods, List<Row> industries, List<ReferenceReader.ConcordanceRow> concordance,
			List<String> notes, Problems problems) {
	}

	private ReferenceImporter() {
	}

	public static Plan read(Files files, int maxProblemsPerFile) {
		Problems problems = new Problems(maxProblemsPerFile);
		ReferenceReader reader = new ReferenceReader(problems);
		List<Row> goods = List.of();
		List<Row> industries = List.of();
		List<ReferenceReader.ConcordanceRow> concordance = List.of();
		if (files.hs() != null) {
			try {
				goods = reader.readHs(files.hs());
			}
			catch (IOException ex) {
				reader.fileProblem(files.hs(), ex);
			}
		}
		if (files.naics() != null) {
			try {
				industries = reader.readNaics(files.naics());
			}
			catch (IOException ex) {
				reader.fileProblem(files.naics(), ex);
			}
		}
		if (files.concordance() != null) {
			try {
				concordance = reader.readConcordance(files.concordance());
			}
			catch (IOException ex) {
				reader.fileProblem(files.concordance(), ex);
			}
		}
		return new Plan(goods, industries, concordance, reader.notes(), problems);
	}

	/** Resolves the concordance against the codes of this plan alone, as a dry run does. */
	public static ConcordanceResolution resolveOffline(Plan plan) {
		return new ConcordanceResolution(plan.concordance(), keys(plan.goods()), keys(plan.industries()));
	}

	public static ImportReport write(Driver driver, String database, int batchSize, Progress progress, Plan plan,
			Path concordanceFile) {
		long start = System.nanoTime();
		GraphSchema.migrate(driver);
		GraphWriter writer = new GraphWriter(driver, database, batchSize, progress);
		ImportReport report = new ImportReport();
		plan.notes().forEach(report::addNote);
		List<Row> sources = List.of(ReferenceSources.HS, ReferenceSources.NAICS, ReferenceSources.CONCORDANCE);
		Set<String> existing = new HashSet<>(writer.writeNodes("reference sources", EntityKind.SOURCE, sources, report));
		existing.addAll(writer.writeNodes("HS goods", EntityKind.GOOD, plan.goods(), report));
		existing.addAll(writer.writeNodes("NAICS industries", EntityKind.INDUSTRY, plan.industries(), report));
		writer.writeRelationships("HS goods", plan.goods(), report, existing);
		writer.writeRelationships("NAICS industries", plan.industries(), report, existing);
		writer.linkHierarchies(report);
		if (!plan.concordance().isEmpty()) {
			var resolution = new ConcordanceResolution(plan.concordance(), codes(driver, database, "Good", "hsCode"),
					codes(driver, database, "Industry", "naicsCode"));
			writer.writeBatches("HS→NAICS concordance", LINK_CONCORDANCE, resolution.links(),
					link -> Map.of("hs", link.hs(), "naics", link.naics(), "original", link.original(), "mapping",
							link.mapping()),
					report, "MADE_BY");
			report.addNote(resolution.describe(concordanceFile.toString()));
		}
		report.addRows(plan.goods().size() + plan.industries().size() + plan.concordance().size());
		report.setDuration(Duration.ofNanos(System.nanoTime() - start));
		return report;
	}

	private static Set<String> keys(List<Row> rows) {
		Set<String> keys = new HashSet<>();
		rows.forEach(row -> keys.add(row.uid().substring(row.uid().indexOf(':') + 1)));
		return keys;
	}

	private static Set<String> codes(Driver driver, String database, String label, String property) {
		// label and property come from this class's two call sites, not from input
		var query = "MATCH (n:%s) RETURN n.%s AS code".formatted(label, property);
		var config = org.neo4j.driver.QueryConfig.builder();
		if (database != null && !database.isBlank()) {
			config.withDatabase(database);
		}
		Set<String> codes = new HashSet<>();
		driver.executableQuery(query).withConfig(config.build()).execute().records()
			.forEach(r -> codes.add(r.get("code").asString()));
		return codes;
	}

}
