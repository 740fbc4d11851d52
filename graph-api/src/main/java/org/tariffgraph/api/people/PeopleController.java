package org.tariffgraph.api.people;

import java.util.List;
import java.util.Map;

import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.model.read.Official;
import org.tariffgraph.model.read.Organisation;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Officials and organisations by id. */
@Controller
final class PeopleController {

	private static final String OFFICIAL = "MATCH (n:Official {id: $id}) RETURN n";

	private static final String OFFICIALS = "MATCH (n:Official) RETURN n ORDER BY n.name";

	private static final String ORGANISATION = "MATCH (n:Organisation {id: $id}) RETURN n";

	private static final String ORGANISATIONS = "MATCH (n:Organisation) RETURN n ORDER BY n.name";

	private final GraphReader reader;

	PeopleController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Official official(@Argument String id) {
		return this.reader.entity(OFFICIAL, Map.of("id", id), "n", Official.class);
	}

	@QueryMapping
	List<Official> officials() {
		return this.reader.entities(OFFICIALS, Map.of(), "n", Official.class);
	}

	@QueryMapping
	Organisation organisation(@Argument String id) {
		return this.reader.entity(ORGANISATION, Map.of("id", id), "n", Organisation.class);
	}

	@QueryMapping
	List<Organisation> organisations() {
		return this.reader.entities(ORGANISATIONS, Map.of(), "n", Organisation.class);
	}

}
