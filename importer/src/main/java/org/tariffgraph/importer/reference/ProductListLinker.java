package org.tariffgraph.importer.reference;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.tariffgraph.importer.csv.CsvReader;
import org.tariffgraph.importer.csv.CsvRecord;
import org.tariffgraph.importer.dataset.Problems;
import org.tariffgraph.importer.dataset.Row;
import org.tariffgraph.importer.write.GraphWriter;
import org.tariffgraph.importer.write.ImportReport;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;
import org.tariffgraph.model.GoodsCode;

/**
 * Links the measures and exemptions of the graph to the lines their product lists name ({@code COVERS {list,
 * mapping}}). A listed code the graph lacks (a line of another HTS revision) is kept as a good of its own,
 * flagged {@code listedOnly}; where {@code hts_concordance.csv} says what an HTS-10 line was renumbered to, the
 * successor is linked too ({@code mapping: 'concordance'}). Every choice is counted in the report. Re-running
 * makes each entity's listed links match its lists exactly; links from datasets are left alone.
 */
public final class ProductListLinker {

	/** The file of renumbered HTS-10 lines beside the lists; optional. */
	static final String CONCORDANCE = "hts_concordance.csv";

	private static final String NAMING = """
			MATCH (e:Entity) WHERE e.productLists IS NOT NULL
			RETURN e.uid AS uid, e.productLists AS lists ORDER BY uid""";

	private static final String LINK = """
			UNWIND $rows AS row
			MATCH (e:Entity {uid: row.from})
			MATCH (g:Good {hsCode: row.code})
			MERGE (e)-[r:COVERS]->(g)
			SET r.list = row.list, r.mapping = row.mapping""";

	private static final String UNLINK_STALE = """
			UNWIND $rows AS row
			MATCH (e:Entity {uid: row.from})-[r:COVERS]->(g:Good)
			WHERE r.list IS NOT NULL AND NOT g.hsCode IN row.codes
			DELETE r""";

	/** Listed links of measures and exemptions that no longer name any list. */
	private static final String UNLINK_UNNAMED = """
			MATCH (e:Entity)-[r:COVERS]->(:Good)
			WHERE r.list IS NOT NULL AND e.productLists IS NULL
			DELETE r""";

	/** One link to write. */
	record Link(String from, String code, String list, String mapping) {
	}

	/** What linking will write: links, goods to create for listed codes the graph lacks, notes, problems. */
	public record Plan(List<Link> links, List<Row> listedOnly, List<String> notes, Problems problems) {
	}

	private ProductListLinker() {
	}

	/**
	 * Reads the lists the graph's measures and exemptions name and resolves their codes.
	 * @param known codes of goods in the graph or about to be written in the same run
	 * @param files a list's file by name
	 */
	public static Plan plan(Driver driver, @Nullable String database, Set<String> known, Function<String, ReferenceFile> files,
			int maxProblemsPerFile) {
		Problems problems = new Problems(maxProblemsPerFile);
		List<String> notes = new ArrayList<>();
		Map<String, List<String>> naming = new LinkedHashMap<>();
		driver.executableQuery(NAMING).withConfig(ReferenceImporter.config(database)).execute().records()
			.forEach(r -> naming.put(r.get("uid").asString(), r.get("lists").asList(Value::asString)));
		if (naming.isEmpty()) {
			notes.add("No measure or exemption in the graph names a product list: import a dataset whose measures have "
					+ "productLists first; no list was linked.");
			return new Plan(List.of(), List.of(), notes, problems);
		}
		Map<String, Set<String>> successors = successors(files.apply(CONCORDANCE), problems, notes);
		ProductLists lists = new ProductLists(problems, files);
		Map<String, Row> listedOnly = new LinkedHashMap<>();
		Map<String, Link> links = new LinkedHashMap<>();
		naming.forEach((uid, specs) -> {
			for (String text : specs) {
				var spec = ProductLists.Spec.parse(text);
				int found = 0;
				int kept = 0;
				int mapped = 0;
				List<ProductLists.Listed> codes = lists.codes(spec, uid + " (productLists)");
				for (var listed : codes) {
					String code = listed.code();
					if (known.contains(code)) {
						found++;
					}
					else {
						kept++;
						listedOnly.computeIfAbsent(code, c -> listedOnlyGood(c, spec.file(), listed.line()));
						for (String successor : successors.getOrDefault(code, Set.of())) {
							if (known.contains(successor)) {
								mapped++;
								links.putIfAbsent(uid + "|" + successor, new Link(uid, successor, text, "concordance"));
							}
						}
					}
					links.putIfAbsent(uid + "|" + code, new Link(uid, code, text, "listed"));
				}
				notes.add(("%s <- %s: %d code(s): %d found among the goods, %d kept as lines of their own (not in the "
						+ "nomenclature loaded), %d successor line(s) linked by %s").formatted(uid, text, codes.size(), found,
								kept, mapped, CONCORDANCE));
			}
		});
		notes.addAll(lists.notes());
		return new Plan(List.copyOf(links.values()), List.copyOf(listedOnly.values()), notes, problems);
	}

	/**
	 * Writes the plan: listed-only goods, the links, then removes listed links the lists no longer name, and
	 * those of measures and exemptions whose {@code productLists} were cleared.
	 */
	public static void write(GraphWriter writer, Plan plan, ImportReport report, Set<String> existing) {
		existing.addAll(writer.writeNodes("listed lines", EntityKind.GOOD, plan.listedOnly(), report));
		writer.writeRelationships("listed lines", plan.listedOnly(), report, existing);
		writer.writeBatches("product lists", LINK, plan.links(), link -> Map.of("from", link.from(), "code", link.code(),
				"list", link.list(), "mapping", link.mapping()), report, RelationshipType.COVERS);
		Map<String, List<String>> codesByEntity = new LinkedHashMap<>();
		plan.links().forEach(l -> codesByEntity.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.code()));
		writer.writeBatches("product lists (stale)", UNLINK_STALE, new ArrayList<>(codesByEntity.entrySet()),
				e -> Map.of("from", e.getKey(), "codes", e.getValue()), report, RelationshipType.COVERS);
		writer.writeOnce("product lists (no longer named)", UNLINK_UNNAMED, report, RelationshipType.COVERS);
		plan.notes().forEach(report::addNote);
	}

	private static Row listedOnlyGood(String code, String file, int line) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("listedOnly", true);
		props.put("description", "Listed in " + file + " (line " + line + "), not a line of the HTS revision loaded");
		return ReferenceCsv.row(EntityKind.GOOD, code, line, props, ReferenceSources.PRODUCT_LISTS);
	}

	/** Old HTS-10 line to its successors, from the tracker's concordance of renumbered lines. */
	private static Map<String, Set<String>> successors(ReferenceFile file, Problems problems, List<String> notes) {
		Map<String, Set<String>> successors = new HashMap<>();
		try (CsvReader csv = ReferenceCsv.open(file)) {
			CsvRecord record = csv.next();
			if (record == null || record.size() < 2 || !record.field(0).value().trim().equals("old_hts10")
					|| !record.field(1).value().trim().equals("new_hts10")) {
				problems.add(file.name(), 1, 1, "expected a header starting old_hts10,new_hts10");
				return successors;
			}
			while ((record = csv.next()) != null) {
				if (record.size() < 2) {
					continue;
				}
				String from = record.field(0).value().trim();
				String to = record.field(1).value().trim();
				if (GoodsCode.isAtLevel(from, GoodsCode.NATIONAL_LINE_LEVEL) && GoodsCode.isAtLevel(to, GoodsCode.NATIONAL_LINE_LEVEL)
						&& !from.equals(to)) {
					successors.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
				}
			}
		}
		catch (NoSuchFileException ex) {
			notes.add(file.name() + " is absent: listed lines of other HTS revisions are kept, not mapped");
		}
		catch (IOException ex) {
			new ReferenceCsv(problems).fileProblem(file, ex);
		}
		return successors;
	}

}
