package org.tariffgraph.api.paging;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A page of a list, as Relay connections have it. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	/** An item and its cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where the page is. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
