package org.tariffgraph.api.start;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.schema.ImportLog;

import org.springframework.stereotype.Component;

/**
 * How many entities of each kind the graph holds (one count per label, composed from {@link EntityKind} so a
 * new kind is counted without a change here; each count is answered from Neo4j's count store), and when it was
 * loaded.
 */
@Component
final class GraphCounts {

	private static final String CYPHER = Renderer.getDefaultRenderer()
		.render(Cypher.unionAll(Arrays.stream(EntityKind.values()).map(GraphCounts::count).toArray(Statement[]::new)));

	private final GraphReader reader;

	GraphCounts(GraphReader reader) {
		this.reader = reader;
	}

	/** The count of each kind, in the order of {@link EntityKind}. */
	Map<EntityKind, Long> byKind() {
		Map<EntityKind, Long> counts = new LinkedHashMap<>();
		this.reader.list(CYPHER, Map.of(), r -> Map.entry(EntityKind.valueOf(r.get("kind").asString()), r.get("count").asLong()))
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** One completed import, from the import log. */
	record Import(String what, String name, long rows, ZonedDateTime at) {
	}

	/** The latest import of each kind, the newest first; empty for a graph loaded by other means. */
	List<Import> imports() {
		return this.reader.list(ImportLog.READ, Map.of(), r -> new Import(r.get("what").asString(), r.get("name").asString(""),
				r.get("rows").asLong(0), r.get("at").asZonedDateTime()));
	}

	private static Statement count(EntityKind kind) {
		var node = Cypher.node(kind.label()).named("n");
		return Cypher.match(node).returning(Cypher.literalOf(kind.name()).as("kind"), Cypher.count(node).as("count")).build();
	}

}
