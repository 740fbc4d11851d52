package org.tariffgraph.api.entity;

import java.util.List;
import java.util.Map;

import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.model.read.GraphEntity;
import org.tariffgraph.model.read.Source;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Lookups by uid. */
@Controller
final class EntityController {

	private static final String BY_UID = "MATCH (n:Entity {uid: $uid}) RETURN n";

	private static final String SOURCE_BY_ID = "MATCH (n:Source {id: $id}) RETURN n";

	private final GraphReader reader;

	EntityController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	GraphEntity entity(@Argument String uid) {
		return this.reader.entity(BY_UID, Map.of("uid", uid), "n", GraphEntity.class);
	}

	@QueryMapping
	Source source(@Argument String id) {
		return this.reader.entity(SOURCE_BY_ID, Map.of("id", id), "n", Source.class);
	}

	/** A source is its own source: the list every entity has. */
	@SchemaMapping(typeName = "Source", field = "sources")
	List<Source> sourceOfSource(Source source) {
		return List.of(source);
	}

}
