package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Value;
import org.tariffgraph.api.errors.BadRequestException;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.tariff.Stacking.Candidate;
import org.tariffgraph.api.tariff.Stacking.TariffLayer;
import org.tariffgraph.model.read.Country;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Good;
import org.tariffgraph.model.read.Source;
import org.tariffgraph.model.read.TariffMeasure;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The duties on a good from one country into another on a day, layer by layer. */
@Controller
final class AppliedTariffsController {

	/** The answer. */
	record AppliedTariffs(Good good, Country origin, Country destination, LocalDate date, List<TariffLayer> layers,
			BigDecimal totalRate) {
	}

	/**
	 * Every measure in force on the day that the destination imposes on goods from the origin (or from all
	 * origins) and that covers the good: all goods, or the good's code or one above it. With each, what it
	 * amends and the exemptions in force that day that take this good out of it, by code or through an
	 * industry that makes it.
	 */
	private static final String CANDIDATES = """
			MATCH (destination:Country) WHERE destination.iso2 = $destination OR destination.iso3 = $destination
			MATCH (origin:Country) WHERE origin.iso2 = $origin OR origin.iso3 = $origin
			OPTIONAL MATCH (good:Good {hsCode: $hsCode})
			CALL (destination, origin) {
			  MATCH (m:TariffMeasure)-[:IMPOSED_BY]->(destination)
			  WHERE m.inForceFrom <= $date AND (m.inForceUntil IS NULL OR m.inForceUntil >= $date)
			    AND ($includeUncertain OR m.confidence IS NULL OR m.confidence <> 'uncertain')
			    AND (NOT EXISTS { (m)-[:APPLIES_TO]->() } OR EXISTS { (m)-[:APPLIES_TO]->(origin) })
			    AND (m.coversAllGoods OR EXISTS { (m)-[:COVERS]->(c:Good) WHERE $hsCode STARTS WITH c.hsCode })
			  RETURN collect({
			    measure: m,
			    amends: [(m)-[:AMENDS*1..20]->(old) | old.id],
			    sources: [(m)-[:SOURCED_BY]->(s:Source) | s],
			    exemptions: [(e:Exemption)-[:EXEMPTS_FROM]->(m)
			      WHERE (e.inForceFrom IS NULL OR e.inForceFrom <= $date)
			        AND (e.inForceUntil IS NULL OR e.inForceUntil >= $date)
			        AND ($includeUncertain OR e.confidence IS NULL OR e.confidence <> 'uncertain')
			        AND (EXISTS { (e)-[:COVERS]->(c:Good) WHERE $hsCode STARTS WITH c.hsCode }
			             OR EXISTS { (e)-[:AFFECTS]->(:Industry)<-[:PART_OF*0..5]-(:Industry)<-[:MADE_BY]-(made:Good)
			                         WHERE $hsCode STARTS WITH made.hsCode })
			      | e]
			  }) AS candidates
			}
			RETURN good, origin, destination, candidates""";

	private final GraphReader reader;

	AppliedTariffsController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	AppliedTariffs appliedTariffs(@Argument String hsCode, @Argument String origin, @Argument String destination,
			@Argument LocalDate date, @Argument boolean includeUncertain) {
		String code = hsCode.replace(".", "").trim();
		if (!code.matches("\\d{2}|\\d{4}|\\d{6}")) {
			throw new BadRequestException("hsCode must be an HS code of 2, 4 or 6 digits, was '" + hsCode + "'");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("hsCode", code);
		params.put("origin", origin.trim().toUpperCase(Locale.ROOT));
		params.put("destination", destination.trim().toUpperCase(Locale.ROOT));
		params.put("date", date);
		params.put("includeUncertain", includeUncertain);
		return this.reader.one(CANDIDATES, params, record -> {
			List<Candidate> candidates = record.get("candidates").asList(AppliedTariffsController::candidate);
			List<TariffLayer> layers = Stacking.layers(candidates);
			return new AppliedTariffs(record.get("good").isNull() ? null : (Good) Entities.of(record.get("good")),
					(Country) Entities.of(record.get("origin")), (Country) Entities.of(record.get("destination")), date,
					layers, Stacking.total(layers));
		}).orElseThrow(() -> new BadRequestException(
				"origin and destination must be ISO codes of countries in the graph, were '%s' and '%s'".formatted(origin,
						destination)));
	}

	private static Candidate candidate(Value value) {
		return new Candidate((TariffMeasure) Entities.of(value.get("measure")),
				new HashSet<>(value.get("amends").asList(Value::asString)),
				value.get("exemptions").asList(v -> (Exemption) Entities.of(v)),
				value.get("sources").asList(v -> (Source) Entities.of(v)));
	}

}
