package org.tariffgraph.api.connection;

import java.util.List;
import java.util.Map;

import org.tariffgraph.api.errors.BadRequestException;
import org.tariffgraph.api.graph.GraphPath;
import org.tariffgraph.api.graph.GraphReader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The shortest paths between two entities, not through sources. */
@Controller
final class ConnectionController {

	static final int MAX_LENGTH = 6;

	static final int MAX_PATHS = 25;

	// The length bound is formatted from a checked int: Cypher takes no parameter there
	private static final String SHORTEST_PATHS = """
			MATCH (a:Entity {uid: $from}), (b:Entity {uid: $to})
			MATCH p = allShortestPaths((a)-[*..%d]-(b))
			WHERE none(r IN relationships(p) WHERE type(r) = 'SOURCED_BY')
			RETURN p LIMIT $limit""";

	private final GraphReader reader;

	ConnectionController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	List<GraphPath> connections(@Argument String from, @Argument String to, @Argument int maxLength,
			@Argument int first) {
		if (maxLength < 1 || maxLength > MAX_LENGTH) {
			throw new BadRequestException("maxLength must be between 1 and %d, was %d".formatted(MAX_LENGTH, maxLength));
		}
		if (first < 1 || first > MAX_PATHS) {
			throw new BadRequestException("first must be between 1 and %d, was %d".formatted(MAX_PATHS, first));
		}
		if (from.equals(to)) {
			throw new BadRequestException("from and to must be different entities");
		}
		return this.reader.list(SHORTEST_PATHS.formatted(maxLength), Map.of("from", from, "to", to, "limit", first),
				record -> GraphPath.of(record.get("p").asPath()));
	}

}
