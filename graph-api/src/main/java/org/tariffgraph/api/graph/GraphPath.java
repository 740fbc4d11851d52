package org.tariffgraph.api.graph;

import java.util.ArrayList;
import java.util.Objects;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Path;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.GraphEntity;

/** A path as a frontend draws it: nodes in order, and relationships between node uids. */
public record GraphPath(List<GraphEntity> nodes, List<GraphRelationship> relationships, int length) {

	/** A relationship of a path. */
	public record GraphRelationship(String type, String from, String to) {
	}

	/**
	 * A path known only by its length, for a request that selects nothing else of it: its nodes and
	 * relationships were not read and are never answered.
	 */
	public static GraphPath ofLength(int length) {
		return new GraphPath(List.of(), List.of(), length);
	}

	public static GraphPath of(Path path) {
		Map<String, String> uids = new HashMap<>();
		List<GraphEntity> nodes = new ArrayList<>();
		for (var node : path.nodes()) {
			uids.put(node.elementId(), node.get("uid").asString());
			nodes.add(Entities.of(node));
		}
		List<GraphRelationship> relationships = new ArrayList<>();
		for (var relationship : path.relationships()) {
			// a path's relationships join its nodes
			relationships.add(new GraphRelationship(relationship.type(),
					Objects.requireNonNull(uids.get(relationship.startNodeElementId())),
					Objects.requireNonNull(uids.get(relationship.endNodeElementId()))));
		}
		return new GraphPath(List.copyOf(nodes), List.copyOf(relationships), path.length());
	}

}
