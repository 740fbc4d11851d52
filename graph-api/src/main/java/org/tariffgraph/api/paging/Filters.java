package org.tariffgraph.api.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's {@code MATCH} and the conditions of its filters, each holding where its parameter is given: a
 * request's query has the conditions of the filters it sets and no others, in the order declared. Neo4j plans a
 * query once for all parameter values, so one fixed query asking {@code $filter IS NULL OR …} per filter cannot
 * use an index for any of them: {@code goods(level: 6)} scanned all 38,000 goods of the scale-1 graph and took
 * 12–21 ms of server time where the level index answers in 2.5–4 ms. Use it where a filter can be answered from
 * an index; elsewhere the fixed query is as fast or faster (the unfiltered measures, sorted by date, took 46–49 ms
 * without the filter block against 33–43 ms with it: the planner then reads the sort keys twice). The match and
 * the conditions are constants of the controller; a request only chooses which conditions its query has, and
 * each combination is rendered once ({@code SelectedEntities} keeps the queries).
 */
public final class Filters {

	private final String match;

	private final String key;

	private final Order order;

	private final Map<String, String> conditions;

	private Filters(String match, String key, Map<String, String> conditions) {
		this.match = match;
		this.key = key;
		this.conditions = conditions;
		this.order = Order.sorted(key);
	}

	/**
	 * @param match a {@code MATCH} binding the variable the conditions name
	 * @param parametersAndConditions pairs: a parameter's name, the condition that holds where it is given
	 * @param key what the list is sorted by: a property that every node of the list has and that has a range
	 * index; the query says {@code key IS NOT NULL}, which lets Neo4j read the index in the list's order and stop
	 * at the end of the page instead of reading the key of every match and sorting. On the scale-1 graph, the
	 * first 100 of 38,053 goods by code: 10 ms of server time sorted, 2 ms from the index; the first 100 HS-6
	 * goods (of 5,614, by level): 7 ms sorted, 3 ms from the code index with the level checked on the way. Where a
	 * node lacked the key, it would be left out of the list.
	 */
	public static Filters sortedBy(String key, String match, String... parametersAndConditions) {
		if (parametersAndConditions.length % 2 != 0) {
			throw new IllegalArgumentException("expected pairs of a parameter and its condition");
		}
		Map<String, String> conditions = new LinkedHashMap<>();
		for (int i = 0; i < parametersAndConditions.length; i += 2) {
			conditions.put(parametersAndConditions[i], parametersAndConditions[i + 1]);
		}
		return new Filters(match, key, Collections.unmodifiableMap(conditions));
	}

	/** The list's order, by the key the filters were declared with. */
	public Order order() {
		return this.order;
	}

	/** The match with the key's presence and the conditions of the filters whose parameters are given (not null). */
	public String match(Map<String, Object> params) {
		List<String> given = new ArrayList<>();
		given.add(this.key + " IS NOT NULL");
		this.conditions.forEach((parameter, condition) -> {
			if (params.get(parameter) != null) {
				given.add(condition);
			}
		});
		return this.match + "\nWHERE " + String.join("\n  AND ", given);
	}

}
