package org.tariffgraph.api.entity;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.model.read.GraphEntity;
import org.tariffgraph.model.read.Source;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Any entity by its uid. */
@Controller
final class EntityController {

	private static final String BY_UID = "MATCH (n:Entity {uid: $uid})";

	private final SelectedEntities entities;

	EntityController(SelectedEntities entities) {
		this.entities = entities;
	}

	@QueryMapping
	@Nullable GraphEntity entity(@Argument String uid, DataFetchingEnvironment env) {
		return this.entities.one(BY_UID, "n", Map.of("uid", uid), GraphEntity.class, env);
	}

	/** A source is its own source: the list every entity has. */
	@SchemaMapping(typeName = "Source", field = "sources")
	List<Source> sourceOfSource(Source source) {
		return List.of(source);
	}

}
