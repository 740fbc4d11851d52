package org.tariffgraph.api.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.tariffgraph.api.country.Country;
import org.tariffgraph.api.source.Source;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** Tariff measures by id, with the country imposing them and their sources loaded in batches. */
@Controller
@Transactional(readOnly = true)
class MeasureController {

	private static final String BY_ID = """
			MATCH (m:TariffMeasure {id: $id})
			RETURN m""";

	private static final String IMPOSERS = """
			MATCH (m:TariffMeasure)-[:IMPOSED_BY]->(c:Country) WHERE m.id IN $ids
			RETURN m.id AS id, c.iso2 AS iso2, c.iso3 AS iso3, c.name AS name, coalesce(c.aliases, []) AS aliases""";

	private static final String SOURCES = """
			MATCH (m:TariffMeasure)-[:SOURCED_BY]->(s:Source) WHERE m.id IN $ids
			RETURN m.id AS id, s ORDER BY s.published, s.id""";

	private final Neo4jClient neo4j;

	MeasureController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	TariffMeasure measure(@Argument String id) {
		return this.neo4j.query(BY_ID)
			.bind(id)
			.to("id")
			.fetchAs(TariffMeasure.class)
			.mappedBy((types, r) -> toMeasure(r.get("m")))
			.one()
			.orElse(null);
	}

	@BatchMapping
	Map<TariffMeasure, Country> imposedBy(List<TariffMeasure> measures) {
		Map<String, Country> byId = new HashMap<>();
		this.neo4j.query(IMPOSERS).bind(ids(measures)).to("ids").fetch().all().forEach(row -> byId.put(
				(String) row.get("id"), new Country((String) row.get("iso2"), (String) row.get("iso3"),
						(String) row.get("name"), castList(row.get("aliases")))));
		Map<TariffMeasure, Country> result = new HashMap<>();
		measures.forEach(m -> result.put(m, byId.get(m.id())));
		return result;
	}

	@BatchMapping
	Map<TariffMeasure, List<Source>> sources(List<TariffMeasure> measures) {
		Map<String, List<Source>> byId = new HashMap<>();
		this.neo4j.query(SOURCES)
			.bind(ids(measures))
			.to("ids")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, r) -> Map.entry(r.get("id").asString(), toSource(r.get("s"))))
			.all()
			.forEach(e -> byId.computeIfAbsent((String) e.getKey(), k -> new ArrayList<>()).add((Source) e.getValue()));
		Map<TariffMeasure, List<Source>> result = new HashMap<>();
		measures.forEach(m -> result.put(m, byId.getOrDefault(m.id(), List.of())));
		return result;
	}

	private static List<String> ids(Collection<TariffMeasure> measures) {
		return measures.stream().map(TariffMeasure::id).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object value) {
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

	static TariffMeasure toMeasure(Value m) {
		return new TariffMeasure(m.get("id").asString(), m.get("title").asString(), m.get("instrument").asString(null),
				m.get("legalBasis").asString(null), m.get("rate").isNull() ? null : BigDecimal.valueOf(m.get("rate").asDouble()),
				m.get("rateNote").asString(null), m.get("layer").asString(null), m.get("announced").asLocalDate(null),
				m.get("inForceFrom").asLocalDate(null), m.get("inForceUntil").asLocalDate(null),
				m.get("confidence").asString(null), m.get("description").asString(null));
	}

	static Source toSource(Value s) {
		return new Source(s.get("id").asString(), s.get("publisher").asString(null), s.get("title").asString(null),
				s.get("document").asString(null), s.get("url").asString(null), s.get("published").asLocalDate(null));
	}

}
