package org.tariffgraph.api.paging;

/**
 * The order of a paged list and how its page is cut: every match sorted, or matches read in the order of a range
 * index. Both give the rows in the order {@code ORDER BY} would, nulls included; they differ in what Neo4j reads.
 */
public sealed interface Order {

	/**
	 * Every match sorted by {@code orderBy}, then the page cut: Neo4j reads the sort keys of every match and
	 * keeps the top rows. For orders no index gives.
	 * @param orderBy the expressions of an {@code ORDER BY}, a constant of the calling controller
	 */
	static Order sorted(String orderBy) {
		return new Sorted(orderBy);
	}

	/**
	 * Matches read in the order of a composite range index on {@code (key, tieBreak)}, as
	 * {@code ORDER BY key, tieBreak} orders them; Neo4j stops reading the index at the end of the page, where a
	 * sort reads every match. A range index holds only the nodes that have the key, so those without it are read
	 * apart, in {@code tieBreak} order, and placed after the others, where {@code ORDER BY} puts nulls.
	 * Ascending only: an index gives no order of a key descending with ties ascending.
	 * @param key a property of the list's variable, such as {@code m.inForceFrom}
	 * @param tieBreak a property that is unique and never null, such as {@code m.id}
	 */
	static Order indexed(String key, String tieBreak) {
		return new Indexed(key, tieBreak);
	}

	/**
	 * Cypher that binds {@code variable} to the rows of the page in order, from {@code $offset} and
	 * {@code $limit}.
	 * @param match a {@code MATCH … WHERE …} binding {@code variable}, a constant of the calling controller
	 */
	String page(String match, String variable);

	/**
	 * This order, or the same order by a sort where a filter is given: the index would be read until enough
	 * matches pass the filter, to its end where few do. Measured on the scale-1 graph (30,063 measures):
	 * the first 100 of all 8 ms from the index against 32 ms sorted, from row 20,000 on 9 against 53 ms; the
	 * first 100 of one layer's 4 measures 36 ms from the index against 15 ms sorted.
	 */
	Order forPage(boolean filtered);

	/** Every match sorted. */
	record Sorted(String orderBy) implements Order {

		@Override
		public String page(String match, String variable) {
			return """
					%1$s
					WITH %2$s ORDER BY %3$s SKIP $offset LIMIT $limit""".formatted(match, variable, this.orderBy);
		}

		@Override
		public Order forPage(boolean filtered) {
			return this;
		}

	}

	/**
	 * Read in index order. The keyed nodes are cut at the end of the page; the unkeyed ones are read only
	 * where the keyed do not fill it, which takes a branch of its own: a condition beside their {@code MATCH}
	 * would be checked after the scan, not before. {@code LIMIT} cannot depend on how many keyed nodes were
	 * found, so each part is cut at {@code $offset + $limit} and the page taken from both together. The
	 * predicate on the tie-break is what lets Neo4j read the composite index (it needs one on every
	 * property); it holds for every node.
	 */
	record Indexed(String key, String tieBreak) implements Order {

		@Override
		public String page(String match, String variable) {
			return """
					CALL () {
					  %1$s
					  WITH %2$s WHERE %3$s IS NOT NULL AND %4$s IS NOT NULL
					  WITH %2$s ORDER BY %3$s, %4$s LIMIT $offset + $limit
					  RETURN collect(%2$s) AS keyed
					}
					CALL (keyed) {
					  WITH keyed WHERE size(keyed) < $offset + $limit
					  CALL () {
					    %1$s
					    WITH %2$s WHERE %3$s IS NULL
					    WITH %2$s ORDER BY %4$s LIMIT $offset + $limit
					    RETURN collect(%2$s) AS part
					  }
					  RETURN part AS unkeyed
					  UNION ALL
					  WITH keyed WHERE size(keyed) >= $offset + $limit
					  RETURN [] AS unkeyed
					}
					UNWIND (keyed + unkeyed)[$offset..$offset + $limit] AS %2$s""".formatted(match, variable, this.key,
					this.tieBreak);
		}

		@Override
		public Order forPage(boolean filtered) {
			return filtered ? new Sorted(this.key + ", " + this.tieBreak) : this;
		}

	}

}
