package org.tariffgraph.api.country;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** Countries by ISO code. */
@Controller
@Transactional(readOnly = true)
class CountryController {

	private static final String BY_CODES = """
			MATCH (c:Country) WHERE c.iso2 IN $codes OR c.iso3 IN $codes
			RETURN c.iso2 AS iso2, c.iso3 AS iso3, c.name AS name, coalesce(c.aliases, []) AS aliases
			ORDER BY c.name""";

	private static final String ALL = """
			MATCH (c:Country)
			RETURN c.iso2 AS iso2, c.iso3 AS iso3, c.name AS name, coalesce(c.aliases, []) AS aliases
			ORDER BY c.name""";

	private final Neo4jClient neo4j;

	CountryController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	Country country(@Argument String code) {
		return query(BY_CODES, Map.of("codes", List.of(code.toUpperCase(java.util.Locale.ROOT)))).stream()
			.findFirst()
			.orElse(null);
	}

	@QueryMapping
	Collection<Country> countries() {
		return query(ALL, Map.of());
	}

	private Collection<Country> query(String cypher, Map<String, Object> params) {
		return this.neo4j.query(cypher)
			.bindAll(params)
			.fetchAs(Country.class)
			.mappedBy((types, r) -> new Country(r.get("iso2").asString(), r.get("iso3").asString(null),
					r.get("name").asString(), r.get("aliases").asList(v -> v.asString())))
			.all();
	}

}
