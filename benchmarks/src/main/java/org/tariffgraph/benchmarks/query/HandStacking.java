package org.tariffgraph.benchmarks.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.tariffgraph.model.Confidence;
import org.tariffgraph.model.ExemptionKind;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.LayerRule;
import org.tariffgraph.model.RateBase;
import org.tariffgraph.model.ReliefExtent;
import tools.jackson.databind.JsonNode;

/**
 * {@code appliedTariffs} by hand: one Cypher query that applies the stacking rules the API applies in Java, line
 * by line, and what the API answered compared with it. Both the query benchmark's and the product benchmark's
 * questions take it as their baseline, so that each times the same answer two ways: per line the layers in force
 * (the winner of each layer by its rule, a layer of suspended measures as the newest of them), which exemptions
 * remove a layer and for which measures' sake, the sources where asked for, and the total, or where a layer is
 * charged on a metal content or an exemption relieves only that content, the totals at the extremes of that content
 * and no single one; lines grouped by outcome. The vocabulary's words come in as parameters ({@link #params}), as the API's query takes them.
 */
final class HandStacking {

	/**
	 * The measures that cover all goods are read once from the destination; the measures and exemptions that name
	 * the code, the codes above it or a good below it once from each good, as the API reads them. Read per line
	 * instead, the codes above the asked one were read again for every line (8 ms against 4 ms for a heading of four
	 * lines at scale 1), and whether an exemption names a line was planned from the exemption's thousands of goods
	 * (95 ms against 6 ms for heading 4409 on the main job's graph). Lines are the goods under the code with none
	 * under them down to {@code $lineLevel}; a layer's winner is the highest rate or the most specific listing (the
	 * longest of the line's code and the codes above it that names the measure) where all its measures say so, else
	 * the newest, then the amending one, then the smallest id. An exemption for goods subject to a measure holds where
	 * that measure decides its layer on the line.
	 */
	static final String CYPHER = """
			MATCH (destination:Country {iso2: $destination}), (origin:Country {iso2: $origin})
			WITH destination, origin, date($date) AS day
			CALL (destination, origin, day) {
			  MATCH (m:TariffMeasure)-[:IMPOSED_BY]->(destination) WHERE m.coversAllGoods
			    AND m.inForceFrom <= day AND (m.inForceUntil IS NULL OR m.inForceUntil >= day)
			    AND (m.confidence IS NULL OR m.confidence <> $uncertain)
			    AND (NOT EXISTS { (m)-[:APPLIES_TO]->() } OR EXISTS { (m)-[:APPLIES_TO]->(origin) })
			  RETURN collect({m: m, amends: [(m)-[:AMENDS*1..20]->(old) | old]}) AS forAll
			}
			CALL (destination, origin, day) {
			  MATCH (g:Good) WHERE g.hsCode IN $ancestors OR g.hsCode STARTS WITH $code
			  CALL (g, destination, origin, day) {
			    MATCH (m:TariffMeasure)-[:COVERS]->(g)
			    WHERE EXISTS { (m)-[:IMPOSED_BY]->(destination) }
			      AND m.inForceFrom <= day AND (m.inForceUntil IS NULL OR m.inForceUntil >= day)
			      AND (m.confidence IS NULL OR m.confidence <> $uncertain)
			      AND (NOT EXISTS { (m)-[:APPLIES_TO]->() } OR EXISTS { (m)-[:APPLIES_TO]->(origin) })
			    RETURN collect({m: m, amends: [(m)-[:AMENDS*1..20]->(old) | old]}) AS named
			  }
			  RETURN collect(g) AS goods,
			    collect({good: g, code: g.hsCode, named: named, exempting: [(g)<-[:COVERS]-(e:Exemption) | e]}) AS coverage
			}
			UNWIND goods AS line
			WITH day, forAll, coverage, line, [n IN range(1, size(line.hsCode) / 2) | left(line.hsCode, 2 * n)] AS codes
			WHERE line.hsCode STARTS WITH $code AND line.level <= $lineLevel AND line.listedOnly IS NULL
			  AND NOT EXISTS { (c:Good)-[:PART_OF]->(line) WHERE c.level <= $lineLevel AND c.listedOnly IS NULL }
			WITH day, line, forAll, [c IN coverage WHERE c.code IN codes] AS above
			WITH day, line, above, [c IN above | c.good] AS goods, reduce(es = [], c IN above | es + c.exempting) AS naming,
			     forAll + reduce(ms = [], c IN above | ms + [m IN c.named WHERE NOT m IN ms]) AS covering
			WITH day, line, above, goods, naming, covering,
			     [x IN covering WHERE x.m.suspendedFrom IS NULL OR x.m.suspendedFrom > day | x.m] AS active
			UNWIND CASE WHEN covering = [] THEN [null] ELSE covering END AS c
			WITH day, line, goods, naming, active, c.m.layer AS layer, collect({m: c.m, amends: c.amends,
			       at: reduce(at = 0, a IN above | CASE WHEN c IN a.named AND size(a.code) > at THEN size(a.code) ELSE at END)}) AS inLayer
			WITH day, line, goods, naming, layer, [x IN inLayer WHERE x.m IN active] AS inForce, inLayer
			WITH day, line, goods, naming, layer, [x IN inForce | x.m] AS live,
			     CASE WHEN inForce = [] THEN inLayer ELSE inForce END AS pool,
			     inForce <> [] AND all(x IN inForce WHERE coalesce(x.m.layerRule, '') = $highest) AS highest,
			     inForce <> [] AND all(x IN inForce WHERE coalesce(x.m.layerRule, '') = $mostSpecific) AS specific
			WITH day, line, goods, naming, layer, live, reduce(w = head(pool), x IN tail(pool) |
			  CASE WHEN (highest AND coalesce(x.m.rate, 0) > coalesce(w.m.rate, 0))
			         OR (specific AND x.at > w.at)
			         OR ((NOT highest OR coalesce(x.m.rate, 0) = coalesce(w.m.rate, 0)) AND (NOT specific OR x.at = w.at)
			             AND (x.m.inForceFrom > w.m.inForceFrom
			                  OR (x.m.inForceFrom = w.m.inForceFrom AND (w.m IN x.amends
			                      OR (NOT x.m IN w.amends AND x.m.id < w.m.id)))))
			       THEN x ELSE w END).m AS winner
			WITH day, line, goods, naming, collect({layer: layer, live: live, winner: winner}) AS decided
			WITH day, line, goods, naming, decided, [d IN decided WHERE d.live <> [] | d.winner] AS deciding
			UNWIND decided AS d
			WITH day, line, goods, naming, deciding, d.layer AS layer, d.live AS live, d.winner AS winner
			CALL (day, goods, naming, deciding, live, winner) {
			  OPTIONAL MATCH (e:Exemption)-[:EXEMPTS_FROM]->(winner)
			  WHERE live <> [] AND e.kind IN $removing
			    AND (e.inForceFrom IS NULL OR e.inForceFrom <= day) AND (e.inForceUntil IS NULL OR e.inForceUntil >= day)
			    AND (e.confidence IS NULL OR e.confidence <> $uncertain)
			  WITH e, e IN naming OR (e.kind = $industry
			          AND any(g IN goods WHERE EXISTS { (g)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(:Industry)<-[:AFFECTS]-(e) })) AS named,
			       [(e)-[:WHEN_SUBJECT_TO]->(x) WHERE x IN deciding AND x <> winner | x] AS because
			  WITH e, CASE WHEN named THEN [] ELSE because END AS because WHERE named OR because <> []
			  WITH e, [x IN because | x.id] AS because, CASE WHEN because <> [] AND e.reliefExtent = $chargedContent
			         AND coalesce(winner.rateBase, $value) = $value AND all(x IN because WHERE coalesce(x.rateBase, $value) <> $value)
			       THEN [x IN because | x.rateBase] ELSE [] END AS contents
			  ORDER BY e.id
			  RETURN collect(e.id) AS exemptedBy, reduce(s = [], b IN collect(because) | s + [x IN b WHERE NOT x IN s]) AS subjectTo,
			    any(c IN collect(contents) WHERE c = []) AS whole, collect(contents) AS contents
			}
			WITH line, layer, CASE WHEN layer IS NULL THEN null ELSE {layer: layer, measure: winner.id, rate: winner.rate,
			  rateBase: coalesce(winner.rateBase, $value),
			  exceptContent: CASE WHEN whole THEN [] ELSE [c IN $contents WHERE any(x IN contents WHERE c IN x)] END,
			  applies: live <> [] AND NOT whole, exemptedBy: exemptedBy, subjectTo: subjectTo,
			  sources: CASE WHEN $withSources THEN [(winner)-[:SOURCED_BY]->(s:Source) | s.id] ELSE [] END} END AS l
			ORDER BY layer
			WITH line, collect(l) AS layers
			WITH line, layers, [c IN $contents WHERE any(l IN layers WHERE l.applies AND coalesce(l.rate, 0.0) <> 0.0
			       AND (l.rateBase = c OR c IN l.exceptContent))] AS contents
			WITH line, layers, contents, [c IN [null] + contents | reduce(t = 0.0, l IN layers | t + CASE
			       WHEN NOT l.applies THEN 0.0
			       WHEN l.rateBase <> $value AND l.rateBase = c THEN coalesce(l.rate, 0.0)
			       WHEN l.rateBase = $value AND (c IS NULL OR NOT c IN l.exceptContent) THEN coalesce(l.rate, 0.0)
			       ELSE 0.0 END)] AS cases
			WITH CASE WHEN contents = [] THEN cases[0] END AS total, layers,
			     reduce(m = cases[0], t IN cases | CASE WHEN t < m THEN t ELSE m END) AS minRate,
			     reduce(m = cases[0], t IN cases | CASE WHEN t > m THEN t ELSE m END) AS maxRate, collect(line.hsCode) AS lines
			RETURN total, minRate, maxRate, layers, size(lines) AS lineCount, lines ORDER BY lineCount DESC, maxRate DESC""";

	/** The key of the whole's total and layers beside the lines' codes. */
	private static final String WHOLE = "(all lines)";

	private HandStacking() {
	}

	/** The query's parameters for a code, a pair of countries and a day. */
	static Map<String, Object> params(String code, String origin, String destination, String date, boolean withSources) {
		return Map.ofEntries(Map.entry("code", code), Map.entry("ancestors", GoodsCode.selfAndAncestors(code)),
				Map.entry("origin", origin), Map.entry("destination", destination), Map.entry("date", date),
				Map.entry("lineLevel", GoodsCode.lineLevel(destination)),
				Map.entry("withSources", withSources), Map.entry("uncertain", Confidence.UNCERTAIN.value()),
				Map.entry("highest", LayerRule.HIGHEST.value()),
				Map.entry("mostSpecific", LayerRule.MOST_SPECIFIC.value()), Map.entry("industry", ExemptionKind.INDUSTRY.value()),
				Map.entry("value", RateBase.VALUE.value()), Map.entry("chargedContent", ReliefExtent.CHARGED_CONTENT.value()),
				Map.entry("contents", Arrays.stream(RateBase.values()).filter(RateBase::isContent).map(RateBase::value).toList()),
				Map.entry("removing", Arrays.stream(ExemptionKind.values())
					.filter(ExemptionKind::removesLayer)
					.map(ExemptionKind::value)
					.toList()));
	}

	/**
	 * What differs between the API's answer and the query's: every line's total and layers where the API lists
	 * lines ({@code outcomes}), and the total and layers of the whole, which the API gives only where every line
	 * comes to one outcome. A layer is compared on the fields the API's answer has, lists as sets of ids.
	 */
	static Optional<String> difference(JsonNode api, List<Record> cypher) {
		JsonNode answer = api.path("data").path("appliedTariffs");
		if (answer.isMissingNode() || answer.isNull()) {
			return Optional.of("the API gave no answer: " + api);
		}
		// every field the request asked of a layer but the reason, wording made of the ids that are compared
		Set<String> fields = new TreeSet<>();
		answer.path("layers").forEach(layer -> fields.addAll(layer.propertyNames()));
		answer.path("outcomes").forEach(o -> o.path("layers").forEach(layer -> fields.addAll(layer.propertyNames())));
		fields.remove("reason");
		Map<String, Object> byApi = new TreeMap<>();
		Map<String, Object> byCypher = new TreeMap<>();
		for (JsonNode outcome : answer.path("outcomes")) {
			var read = List.of(decimal(outcome.path("totalRate")), decimal(outcome.path("minRate")),
					decimal(outcome.path("maxRate")), layers(outcome.path("layers"), fields));
			outcome.path("lines").forEach(line -> byApi.put(line.path("hsCode").asString(), read));
		}
		if (answer.has("outcomes")) {
			// the range only where the API was asked for it, as the API answered it
			boolean range = answer.path("outcomes").path(0).has("minRate");
			for (Record record : cypher) {
				var read = List.of(decimal(record.get("total")), range ? decimal(record.get("minRate")) : "null",
						range ? decimal(record.get("maxRate")) : "null", layers(record.get("layers"), fields));
				record.get("lines").asList(Value::asString).forEach(line -> byCypher.put(line, read));
			}
		}
		if (answer.has("totalRate")) {
			byApi.put(WHOLE, whole(decimal(answer.path("totalRate")), layers(answer.path("layers"), fields), answer));
			byCypher.put(WHOLE, (cypher.size() == 1)
					? whole(decimal(cypher.get(0).get("total")), layers(cypher.get(0).get("layers"), fields), answer)
					: whole("null", List.of(), answer));
		}
		return Question.SameAnswer.unlessEqual(byApi, byCypher);
	}

	/** The total of the whole and, where the API was asked for them, its layers. */
	private static List<Object> whole(String total, List<Map<String, String>> layers, JsonNode answer) {
		return answer.has("layers") ? List.of(total, layers) : List.of(total);
	}

	private static List<Map<String, String>> layers(JsonNode layers, Set<String> fields) {
		List<Map<String, String>> read = new ArrayList<>();
		layers.forEach(layer -> read.add(fields(fields, field -> text(layer.path(field)))));
		return read;
	}

	private static List<Map<String, String>> layers(Value layers, Set<String> fields) {
		List<Map<String, String>> read = new ArrayList<>();
		layers.values().forEach(layer -> read.add(fields(fields, field -> text(layer.get(field)))));
		return read;
	}

	private static Map<String, String> fields(Set<String> fields, Function<String, String> text) {
		Map<String, String> values = new TreeMap<>();
		fields.forEach(field -> values.put(field, text.apply(field)));
		return values;
	}

	/** A field of a layer in the API's answer as text: an entity by its id, a list as its sorted ids. */
	private static String text(JsonNode value) {
		if (value.isNull()) {
			return "null";
		}
		if (value.isArray()) {
			List<String> ids = new ArrayList<>();
			// a list of entities by their ids, or of words as they are
			value.forEach(item -> ids.add(item.isObject() ? item.path("id").asString() : item.asString()));
			return ids.stream().sorted().toList().toString();
		}
		if (value.isObject()) {
			return value.path("id").asString();
		}
		return value.isNumber() ? decimal(value) : value.asString();
	}

	/** A field of a layer in the query's answer, as {@link #text(JsonNode)} gives the API's. */
	private static String text(Value value) {
		Object read = value.asObject();
		if (read instanceof List<?> ids) {
			return ids.stream().map(String::valueOf).sorted().toList().toString();
		}
		return (read instanceof Number) ? decimal(value) : String.valueOf(read);
	}

	/** A rate as both answers are compared: exact, without trailing zeros; {@code null} where there is none. */
	static String decimal(JsonNode number) {
		return number.isNull() || number.isMissingNode() ? "null" : plain(new BigDecimal(number.asString()));
	}

	/** The same for a rate the query returns. */
	static String decimal(Value number) {
		return number.isNull() ? "null" : plain(BigDecimal.valueOf(number.asDouble()));
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
