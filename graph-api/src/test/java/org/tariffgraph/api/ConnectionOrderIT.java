package org.tariffgraph.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Where there are more shortest paths than a request asks for, which it gets, and in which order, is decided by the
 * paths' nodes, not by how the store happens to list the relationships: two loads of one dataset answer alike.
 */
@ApiTest(fixture = "many-shortest-paths")
class ConnectionOrderIT {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void theFirstPathsAreThoseWhoseNodesComeFirst() {
		this.graphQl.document("""
				{ connections(from: "country:US", to: "country:CN", maxLength: 2, first: 2) { nodes { uid } } }""")
			.execute()
			.path("connections[*].nodes[1].uid")
			.entityList(String.class)
			.containsExactly("measure:m-a", "measure:m-b");
		this.graphQl.document("""
				{ connections(from: "country:US", to: "country:CN", maxLength: 2, first: 4) { nodes { uid } } }""")
			.execute()
			.path("connections[*].nodes[1].uid")
			.entityList(String.class)
			.containsExactly("measure:m-a", "measure:m-b", "measure:m-c", "measure:m-d");
	}

}
