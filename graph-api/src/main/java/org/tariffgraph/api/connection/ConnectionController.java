package org.tariffgraph.api.connection;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.api.errors.BadRequestException;
import org.tariffgraph.api.graph.GraphPath;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.model.read.GraphEntity;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The shortest paths between two entities, not through sources. */
@Controller
final class ConnectionController {

	static final int MAX_LENGTH = 6;

	static final int MAX_PATHS = 25;

	// The length bound is formatted from a checked int: Cypher takes no parameter there. The paths are ordered by
	// their nodes' uids before the limit, as the reaches' are: otherwise which paths a request gets, and in which
	// order, follows how the store happens to hold the relationships, which differs between two loads of one dataset
	private static final String SHORTEST_PATHS = """
			MATCH (a:Entity {uid: $from}), (b:Entity {uid: $to})
			MATCH p = allShortestPaths((a)-[*..%d]-(b))
			WHERE none(r IN relationships(p) WHERE type(r) = 'SOURCED_BY')
			WITH p ORDER BY [n IN nodes(p) | n.uid], [r IN relationships(p) | type(r)] LIMIT $limit""";

	/** Each path's nodes as the request selects them ({@code %s}, a projection of {@code n}), in path order. */
	private static final String PATHS = """
			RETURN [n IN nodes(p) | %s] AS nodes,
			  [r IN relationships(p) | {type: type(r), from: startNode(r).uid, to: endNode(r).uid}] AS relationships,
			  length(p) AS length""";

	private final GraphReader reader;

	private final SelectedEntities entities;

	ConnectionController(GraphReader reader, SelectedEntities entities) {
		this.reader = reader;
		this.entities = entities;
	}

	@QueryMapping
	List<GraphPath> connections(@Argument String from, @Argument String to, @Argument int maxLength,
			@Argument int first, DataFetchingEnvironment env) {
		if (maxLength < 1 || maxLength > MAX_LENGTH) {
			throw new BadRequestException("maxLength must be between 1 and %d, was %d".formatted(MAX_LENGTH, maxLength));
		}
		if (first < 1 || first > MAX_PATHS) {
			throw new BadRequestException("first must be between 1 and %d, was %d".formatted(MAX_PATHS, first));
		}
		if (from.equals(to)) {
			throw new BadRequestException("from and to must be different entities");
		}
		var node = this.entities.projected("n", GraphEntity.class, "nodes", env);
		return this.reader.list(SHORTEST_PATHS.formatted(maxLength) + "\n" + PATHS.formatted(node.cypher()),
				Map.of("from", from, "to", to, "limit", first),
				record -> new GraphPath(record.get("nodes").asList(node.entity()::apply),
						record.get("relationships").asList(r -> new GraphPath.GraphRelationship(r.get("type").asString(),
								r.get("from").asString(), r.get("to").asString())),
						record.get("length").asInt()));
	}

}
