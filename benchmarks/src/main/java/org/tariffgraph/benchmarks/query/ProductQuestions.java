package org.tariffgraph.benchmarks.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;

/**
 * {@code appliedTariffs} on the graph the main job starts with (the bundled dataset and the shipped reference
 * data): on one HTS-10 line, and on the HS-4 heading whose number of lines is nearest 50 among those whose lines
 * differ, each against the hand-written Cypher that computes the same per-line totals with the same stacking
 * rules; and the floor.
 */
public final class ProductQuestions {

	/** One line: brakes, on the Section 232 parts list, Section 301 List 3, the fentanyl tariff. */
	static final String LINE = "8708305090";

	static final String DATE = "2025-09-01";

	static final String API = """
			query($code: String!, $date: Date!) {
			  appliedTariffs(hsCode: $code, origin: "CN", destination: "US", date: $date) {
			    totalRate minRate maxRate lineCount
			    outcomes { totalRate lineCount lines(first: 1000) { hsCode }
			      layers { layer rate applies reason measure { id } exemptedBy { id } subjectTo { id } } } } }""";

	/**
	 * The same answer by hand: the heading's lines, for each the measures in force that cover it, per layer the
	 * one the layer's rule picks, whether an exemption removes it (naming the line, an industry that makes it, or
	 * holding for goods subject to another measure in force), and the total; lines grouped by total and measures.
	 */
	static final String CYPHER = """
			MATCH (destination:Country {iso2: 'US'}), (origin:Country {iso2: 'CN'})
			WITH destination, origin, date($date) AS day
			MATCH (line:Good) WHERE line.hsCode STARTS WITH $code AND line.listedOnly IS NULL
			  AND NOT EXISTS { (c:Good)-[:PART_OF]->(line) WHERE c.listedOnly IS NULL }
			WITH destination, origin, day, line, [n IN range(1, size(line.hsCode) / 2) | left(line.hsCode, 2 * n)] AS codes
			CALL (codes) {
			  MATCH (g:Good) WHERE g.hsCode IN codes
			  MATCH (m:TariffMeasure)-[:COVERS]->(g)
			  RETURN m
			  UNION
			  MATCH (m:TariffMeasure) WHERE m.coversAllGoods
			  RETURN m
			}
			WITH destination, origin, day, line, codes, m
			WHERE EXISTS { (m)-[:IMPOSED_BY]->(destination) } AND m.inForceFrom <= day
			  AND (m.inForceUntil IS NULL OR m.inForceUntil >= day) AND (m.confidence IS NULL OR m.confidence <> 'uncertain')
			  AND (NOT EXISTS { (m)-[:APPLIES_TO]->() } OR EXISTS { (m)-[:APPLIES_TO]->(origin) })
			  AND (m.suspendedFrom IS NULL OR m.suspendedFrom > day)
			WITH day, line, codes, collect(m) AS active
			UNWIND (CASE WHEN active = [] THEN [null] ELSE active END) AS m
			WITH day, line, codes, active, m.layer AS layer, collect(m) AS inLayer
			WITH day, line, codes, active, inLayer, all(x IN inLayer WHERE x.layerRule = 'highest') AS highest
			WITH day, line, codes, active, reduce(w = head(inLayer), x IN tail(inLayer) |
			  CASE WHEN highest AND (coalesce(x.rate, 0) > coalesce(w.rate, 0)
			                         OR (coalesce(x.rate, 0) = coalesce(w.rate, 0) AND x.inForceFrom > w.inForceFrom)) THEN x
			       WHEN NOT highest AND (x.inForceFrom > w.inForceFrom
			                             OR (x.inForceFrom = w.inForceFrom AND EXISTS { (x)-[:AMENDS*1..20]->(w) })) THEN x
			       ELSE w END) AS winner
			WITH line, winner, winner IS NOT NULL AND NOT EXISTS {
			  MATCH (e:Exemption)-[:EXEMPTS_FROM]->(winner)
			  WHERE e.kind IN ['goods', 'industry', 'no-stacking']
			    AND (e.inForceFrom IS NULL OR e.inForceFrom <= day) AND (e.inForceUntil IS NULL OR e.inForceUntil >= day)
			    AND (e.confidence IS NULL OR e.confidence <> 'uncertain')
			    AND (EXISTS { MATCH (g:Good) WHERE g.hsCode IN codes MATCH (g)<-[:COVERS]-(e) }
			         OR EXISTS { (e)-[:WHEN_SUBJECT_TO]->(x) WHERE x IN active AND x <> winner }
			         OR (e.kind = 'industry' AND EXISTS { MATCH (g:Good) WHERE g.hsCode IN codes
			                     MATCH (g)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(:Industry)<-[:AFFECTS]-(e) }))
			} AS applies
			WITH line, collect(CASE WHEN applies THEN winner END) AS applying
			WITH line, reduce(t = 0.0, m IN applying | t + coalesce(m.rate, 0.0)) AS total, [m IN applying | m.id] AS ids
			WITH total, ids, collect(line.hsCode) AS lines
			RETURN total, size(lines) AS lineCount, lines, ids ORDER BY lineCount DESC, total DESC""";

	private ProductQuestions() {
	}

	/** The heading with about 50 lines whose lines come to different totals, as the API answers. */
	static String heading(Driver driver) {
		return driver.executableQuery("""
				MATCH (h:Good {level: 4})<-[:PART_OF*2]-(:Good {level: 8})<-[:PART_OF]-(l:Good {level: 10})
				WITH h, count(l) AS lines WHERE lines >= 40
				  AND EXISTS { (h)<-[:PART_OF*1..3]-(:Good)<-[:COVERS]-(:TariffMeasure) }
				RETURN h.hsCode AS code ORDER BY abs(lines - 50), code LIMIT 1""").execute().records().get(0)
			.get("code").asString();
	}

	/**
	 * Whether the API's answer and the baseline's give every line the same total: the benchmark refuses to time
	 * two ways that do not compute the same thing.
	 */
	static Optional<String> sameTotals(JsonNode api, List<Record> cypher) {
		Map<String, String> byApi = new TreeMap<>();
		for (var outcome : api.path("data").path("appliedTariffs").path("outcomes")) {
			for (var line : outcome.path("lines")) {
				byApi.put(line.path("hsCode").asString(), new BigDecimal(outcome.path("totalRate").asString()).stripTrailingZeros().toPlainString());
			}
		}
		Map<String, String> byCypher = new TreeMap<>();
		for (var record : cypher) {
			String total = BigDecimal.valueOf(record.get("total").asDouble()).stripTrailingZeros().toPlainString();
			record.get("lines").asList(Value::asString).forEach(line -> byCypher.put(line, total));
		}
		return byApi.equals(byCypher) ? Optional.empty()
				: Optional.of("the API gives " + byApi + ", the Cypher baseline " + byCypher);
	}

	public static List<Question> pick(Driver driver) {
		String heading = heading(driver);
		return List.of(
				new Question("floor: a request that reads nothing", "query { apiVersion }", Map.of(), "RETURN 1", Map.of()),
				new Question("appliedTariffs, one HTS-10 line (" + LINE + ")", API, Map.of("code", LINE, "date", DATE),
						CYPHER, Map.of("code", LINE, "date", DATE), ProductQuestions::sameTotals),
				new Question("appliedTariffs, heading " + heading + " line by line", API,
						Map.of("code", heading, "date", DATE), CYPHER, Map.of("code", heading, "date", DATE),
						ProductQuestions::sameTotals));
	}

}
