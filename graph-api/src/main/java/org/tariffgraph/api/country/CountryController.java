package org.tariffgraph.api.country;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.model.CountryCode;
import org.tariffgraph.model.read.Country;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Countries by ISO code. */
@Controller
final class CountryController {

	private static final String BY_CODE = """
			MATCH (c:Country) WHERE c.iso2 = $code OR c.iso3 = $code""";

	private static final String ALL = "MATCH (c:Country)";

	private final SelectedEntities entities;

	CountryController(SelectedEntities entities) {
		this.entities = entities;
	}

	@QueryMapping
	@Nullable Country country(@Argument String code, DataFetchingEnvironment env) {
		return this.entities.one(BY_CODE, "c", Map.of("code", CountryCode.normalise(code)), Country.class, env);
	}

	@QueryMapping
	List<Country> countries(DataFetchingEnvironment env) {
		return this.entities.list(ALL, "c", "c.name", Map.of(), Country.class, env);
	}

}
