package org.tariffgraph.api.people;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.model.read.Official;
import org.tariffgraph.model.read.Organisation;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Officials and organisations by id. */
@Controller
final class PeopleController {

	private static final String OFFICIAL = "MATCH (n:Official {id: $id})";

	private static final String OFFICIALS = "MATCH (n:Official)";

	private static final String ORGANISATION = "MATCH (n:Organisation {id: $id})";

	private static final String ORGANISATIONS = "MATCH (n:Organisation)";

	private static final String BY_NAME = "n.name";

	private final SelectedEntities entities;

	PeopleController(SelectedEntities entities) {
		this.entities = entities;
	}

	@QueryMapping
	Official official(@Argument String id, DataFetchingEnvironment env) {
		return this.entities.one(OFFICIAL, "n", Map.of("id", id), Official.class, env);
	}

	@QueryMapping
	List<Official> officials(DataFetchingEnvironment env) {
		return this.entities.list(OFFICIALS, "n", BY_NAME, Map.of(), Official.class, env);
	}

	@QueryMapping
	Organisation organisation(@Argument String id, DataFetchingEnvironment env) {
		return this.entities.one(ORGANISATION, "n", Map.of("id", id), Organisation.class, env);
	}

	@QueryMapping
	List<Organisation> organisations(DataFetchingEnvironment env) {
		return this.entities.list(ORGANISATIONS, "n", BY_NAME, Map.of(), Organisation.class, env);
	}

}
