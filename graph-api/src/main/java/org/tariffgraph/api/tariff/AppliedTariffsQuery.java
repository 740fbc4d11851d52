package org.tariffgraph.api.tariff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.read.Country;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.ListedOrder;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Good;
import org.tariffgraph.model.read.Source;
import org.tariffgraph.model.read.TariffMeasure;

import static org.tariffgraph.model.EntityKind.COUNTRY;
import static org.tariffgraph.model.EntityKind.EXEMPTION;
import static org.tariffgraph.model.EntityKind.GOOD;
import static org.tariffgraph.model.EntityKind.MEASURE;
import static org.tariffgraph.model.EntityKind.SOURCE;

/** The one query behind {@code appliedTariffs}, and how its record is read. */
final class AppliedTariffsQuery {

	/**
	 * The goods asked for: the code, the codes above it and the goods below it; from each, the measures and
	 * exemptions that cover it by name, read from the goods' side where degrees are small, so that no plan a
	 * freshly loaded graph's statistics suggest scans a list of thousands of lines. Its lines: for the
	 * destination whose national lines the graph holds (the US, HTS-8 and HTS-10), the goods below it that have
	 * none below them; elsewhere the HS-6 subheadings. The measures in force on the day that the destination
	 * imposes on goods from the origin (or from all origins) and that cover all goods or some of these (both read
	 * with the destination, which each branch checks once: a scan of every measure for the few that cover all
	 * goods took 42 ms of 30,000 measures at benchmark scale 1), with the
	 * codes they cover, what they amend and, where the request selects them, their sources. The exemptions in
	 * force from them, with the codes they cover by name or, for an exemption of industries, through an industry
	 * that makes them (the industries of other exemptions say whom they affect, not what they cover), and the
	 * measures whose goods they exempt.
	 */
	static final String CYPHER = """
			MATCH (destination:Country) WHERE destination.iso2 = $destination OR destination.iso3 = $destination
			MATCH (origin:Country) WHERE origin.iso2 = $origin OR origin.iso3 = $origin
			OPTIONAL MATCH (good:Good {hsCode: $hsCode})
			CALL () {
			  OPTIONAL MATCH (g:Good) WHERE g.hsCode IN $ancestors OR g.hsCode STARTS WITH $hsCode
			  RETURN collect(g) AS relevant
			}
			WITH destination, origin, good, relevant,
			     CASE WHEN destination.iso2 = $nationalLinesOf THEN $nationalLineLevel ELSE $hsLineLevel END AS lineLevel,
			     [g IN relevant | {code: g.hsCode, measures: [(g)<-[:COVERS]-(m:TariffMeasure)-[:IMPOSED_BY]->(destination) | m],
			                       exemptions: [(g)<-[:COVERS]-(e:Exemption) | e.uid]}] AS covered
			WITH destination, origin, good, relevant, covered,
			     [g IN relevant WHERE g.hsCode STARTS WITH $hsCode AND g.level <= lineLevel
			        AND NOT coalesce(g.listedOnly, false)
			        AND none(c IN [(c)-[:PART_OF]->(g) | c] WHERE c.level <= lineLevel AND NOT coalesce(c.listedOnly, false))
			      | g] AS lines
			CALL (destination, origin, covered) {
			  CALL (covered, destination) {
			    MATCH (m:TariffMeasure)-[:IMPOSED_BY]->(destination) WHERE m.coversAllGoods
			    RETURN m, true AS allGoods, [] AS codes
			    UNION
			    UNWIND covered AS c
			    UNWIND c.measures AS m
			    RETURN m, false AS allGoods, collect(c.code) AS codes
			  }
			  WITH m, allGoods, codes
			  WHERE m.inForceFrom <= $date AND (m.inForceUntil IS NULL OR m.inForceUntil >= $date)
			    AND ($includeUncertain OR m.confidence IS NULL OR m.confidence <> $uncertain)
			    AND (NOT EXISTS { (m)-[:APPLIES_TO]->() } OR EXISTS { (m)-[:APPLIES_TO]->(origin) })
			  RETURN collect({measure: m, allGoods: allGoods, codes: codes,
			    amends: [(m)-[:AMENDS*1..20]->(old) | old.id],
			    sources: CASE WHEN $withSources THEN [(m)-[:SOURCED_BY]->(s:Source) | s] ELSE [] END}) AS measures
			}
			CALL (measures, relevant, covered) {
			  UNWIND measures AS candidate
			  WITH candidate.measure AS m, relevant, covered
			  MATCH (e:Exemption)-[:EXEMPTS_FROM]->(m)
			  WHERE (e.inForceFrom IS NULL OR e.inForceFrom <= $date)
			    AND (e.inForceUntil IS NULL OR e.inForceUntil >= $date)
			    AND ($includeUncertain OR e.confidence IS NULL OR e.confidence <> $uncertain)
			  WITH e, relevant, covered, collect(m.id) AS exemptsFrom
			  RETURN collect({exemption: e, exemptsFrom: exemptsFrom,
			    codes: [c IN covered WHERE e.uid IN c.exemptions | c.code]
			           + CASE WHEN e.kind = $industryKind
			                  THEN [g IN relevant WHERE EXISTS {
			                          (e)-[:AFFECTS]->(:Industry)<-[:PART_OF*0..5]-(:Industry)<-[:MADE_BY]-(g) } | g.hsCode]
			                  ELSE [] END,
			    whenSubjectTo: [(e)-[:WHEN_SUBJECT_TO]->(x:TariffMeasure) | x.id]}) AS exemptions
			}
			RETURN good, origin, destination, lines, measures, exemptions""";

	/** The national lines the graph holds are the US's (HTS-8 and HTS-10). */
	static final String NATIONAL_LINES_OF = GoodsCode.NATIONAL_LINES_OF;

	/** What the record says. */
	record Read(@Nullable Good good, Country origin, Country destination, List<Good> lines, Coverage coverage) {
	}

	private AppliedTariffsQuery() {
	}

	/** The record as entities; each column holds nodes of one kind, so none is looked up by its labels. */
	static Read read(Record record, String code) {
		Good good = record.get("good").isNull() ? null : (Good) Entities.of(GOOD, record.get("good"));
		List<Good> lines = new ArrayList<>(record.get("lines").asList(v -> (Good) Entities.of(GOOD, v)));
		if (lines.isEmpty()) {
			// a code below the lines of its destination, a listed-only line, or a code the graph lacks: itself
			lines.add((good != null) ? good : new Good(GOOD.uid(code), code, code.length(), null, null, null, false));
		}
		var measures = record.get("measures").asList(AppliedTariffsQuery::measure);
		var exemptions = record.get("exemptions").asList(AppliedTariffsQuery::exempting);
		return new Read(good, (Country) Entities.of(COUNTRY, record.get("origin")),
				(Country) Entities.of(COUNTRY, record.get("destination")), lines, new Coverage(measures, exemptions));
	}

	private static Coverage.Measure measure(Value value) {
		return new Coverage.Measure((TariffMeasure) Entities.of(MEASURE, value.get("measure")), value.get("allGoods").asBoolean(),
				new HashSet<>(value.get("codes").asList(Value::asString)), value.get("amends").asList(Value::asString),
				// in the order navigation lists sources in, not the order the store holds them in
				value.get("sources").asList(v -> (Source) Entities.of(SOURCE, v)).stream().sorted(ListedOrder.LISTED).toList());
	}

	private static Coverage.Exempting exempting(Value value) {
		return new Coverage.Exempting((Exemption) Entities.of(EXEMPTION, value.get("exemption")),
				new HashSet<>(value.get("codes").asList(Value::asString)),
				new HashSet<>(value.get("exemptsFrom").asList(Value::asString)),
				new HashSet<>(value.get("whenSubjectTo").asList(Value::asString)));
	}

}
