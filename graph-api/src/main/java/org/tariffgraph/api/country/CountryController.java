package org.tariffgraph.api.country;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.model.read.Country;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Countries by ISO code. */
@Controller
final class CountryController {

	private static final String BY_CODE = """
			MATCH (c:Country) WHERE c.iso2 = $code OR c.iso3 = $code
			RETURN c""";

	private static final String ALL = "MATCH (c:Country) RETURN c ORDER BY c.name";

	private final GraphReader reader;

	CountryController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Country country(@Argument String code) {
		return this.reader.entity(BY_CODE, Map.of("code", code.trim().toUpperCase(Locale.ROOT)), "c", Country.class);
	}

	@QueryMapping
	List<Country> countries() {
		return this.reader.entities(ALL, Map.of(), "c", Country.class);
	}

}
