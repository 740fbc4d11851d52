package org.tariffgraph.api.event;

import java.util.List;
import java.util.Map;

import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.model.read.Event;
import org.tariffgraph.model.read.Indicator;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Events and indicators by id, and all of them by date. */
@Controller
final class EventController {

	private static final String EVENT = "MATCH (n:Event {id: $id}) RETURN n";

	private static final String EVENTS = "MATCH (n:Event) RETURN n ORDER BY n.date, n.id";

	private static final String INDICATOR = "MATCH (n:Indicator {id: $id}) RETURN n";

	private static final String INDICATORS = "MATCH (n:Indicator) RETURN n ORDER BY n.date, n.id";

	private final GraphReader reader;

	EventController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Event event(@Argument String id) {
		return this.reader.entity(EVENT, Map.of("id", id), "n", Event.class);
	}

	@QueryMapping
	List<Event> events() {
		return this.reader.entities(EVENTS, Map.of(), "n", Event.class);
	}

	@QueryMapping
	Indicator indicator(@Argument String id) {
		return this.reader.entity(INDICATOR, Map.of("id", id), "n", Indicator.class);
	}

	@QueryMapping
	List<Indicator> indicators() {
		return this.reader.entities(INDICATORS, Map.of(), "n", Indicator.class);
	}

}
