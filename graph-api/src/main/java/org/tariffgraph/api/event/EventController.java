package org.tariffgraph.api.event;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.model.read.Event;
import org.tariffgraph.model.read.Indicator;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Events and indicators by id, and all of them by date. */
@Controller
final class EventController {

	private static final String EVENT = "MATCH (n:Event {id: $id})";

	private static final String EVENTS = "MATCH (n:Event)";

	private static final String INDICATOR = "MATCH (n:Indicator {id: $id})";

	private static final String INDICATORS = "MATCH (n:Indicator)";

	private static final String BY_DATE = "n.date, n.id";

	private final SelectedEntities entities;

	EventController(SelectedEntities entities) {
		this.entities = entities;
	}

	@QueryMapping
	Event event(@Argument String id, DataFetchingEnvironment env) {
		return this.entities.one(EVENT, "n", Map.of("id", id), Event.class, env);
	}

	@QueryMapping
	List<Event> events(DataFetchingEnvironment env) {
		return this.entities.list(EVENTS, "n", BY_DATE, Map.of(), Event.class, env);
	}

	@QueryMapping
	Indicator indicator(@Argument String id, DataFetchingEnvironment env) {
		return this.entities.one(INDICATOR, "n", Map.of("id", id), Indicator.class, env);
	}

	@QueryMapping
	List<Indicator> indicators(DataFetchingEnvironment env) {
		return this.entities.list(INDICATORS, "n", BY_DATE, Map.of(), Indicator.class, env);
	}

}
