package org.tariffgraph.api.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's {@code MATCH} and the conditions of its filters, each holding where its parameter is given. A
 * request's query has the conditions of the filters it sets and no others, in the order declared: an
 * unfiltered list reads no condition for each of the thousands of entities it sorts, and a filter on an indexed
 * property ({@code level} of goods) can be answered from the index. One fixed query asking
 * {@code $filter IS NULL OR …} for every filter did neither: Neo4j plans a query once for all parameter values,
 * so it scanned every node of the label. The match and the conditions are constants of the controller; a
 * request only chooses which conditions its query has, and each combination is rendered once
 * ({@code SelectedEntities} keeps the queries).
 */
public final class Filters {

	private final String match;

	private final Map<String, String> conditions;

	private Filters(String match, Map<String, String> conditions) {
		this.match = match;
		this.conditions = conditions;
	}

	/**
	 * @param match a {@code MATCH} binding the variable the conditions name
	 * @param parametersAndConditions pairs: a parameter's name, the condition that holds where it is given
	 */
	public static Filters of(String match, String... parametersAndConditions) {
		if (parametersAndConditions.length % 2 != 0) {
			throw new IllegalArgumentException("expected pairs of a parameter and its condition");
		}
		Map<String, String> conditions = new LinkedHashMap<>();
		for (int i = 0; i < parametersAndConditions.length; i += 2) {
			conditions.put(parametersAndConditions[i], parametersAndConditions[i + 1]);
		}
		return new Filters(match, Collections.unmodifiableMap(conditions));
	}

	/** The match with the conditions of the filters whose parameters are given (not null). */
	public String match(Map<String, Object> params) {
		List<String> given = new ArrayList<>();
		this.conditions.forEach((parameter, condition) -> {
			if (params.get(parameter) != null) {
				given.add(condition);
			}
		});
		return given.isEmpty() ? this.match : this.match + "\nWHERE " + String.join("\n  AND ", given);
	}

}
