package org.tariffgraph.api.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.errors.BadRequestException;
import org.tariffgraph.api.graph.ApiProperties;

/**
 * A requested page: where it starts and how many items it holds, read from {@code first} and {@code after}
 * with the API's default and maximum page sizes.
 */
public record Page(int offset, int limit) {

	/**
	 * The largest page any field gives: an outcome's {@code lines}, all the lines of a heading at once. Connections'
	 * pages are bounded lower, by {@link ApiProperties#maxPageSize()}.
	 */
	public static final int LARGEST = 1000;

	private static final String PREFIX = "offset:";

	public static Page of(@Nullable Integer first, @Nullable String after, ApiProperties properties) {
		int limit = (first == null) ? properties.defaultPageSize() : first;
		if (limit < 1 || limit > properties.maxPageSize()) {
			throw new BadRequestException("first must be between 1 and %d, was %d".formatted(properties.maxPageSize(), limit));
		}
		return new Page((after == null) ? 0 : decode(after) + 1, limit);
	}

	/**
	 * A paged query: one page of the rows {@code match} finds, in {@code order}, and, where
	 * {@code counted}, how many there are in all. Counting and paging apart lets Neo4j keep only the top rows
	 * when it sorts, instead of collecting every match; not counting where the request does not ask for the
	 * count (nor for {@code hasNextPage}, which is derived from it) spares reading every match.
	 * {@code match} and the order are constants of the calling controller, never input.
	 * @param match a {@code MATCH … WHERE …} binding {@code variable}
	 * @param pageReturn a {@code RETURN … AS page} of the page's rows in order (a projection of each)
	 */
	public static String query(String match, String variable, Order order, String pageReturn, boolean counted) {
		String page = """
				CALL () {
				%1$s
				  %2$s
				}""".formatted(order.page(match, variable).indent(2).stripTrailing(), pageReturn);
		if (!counted) {
			return page + "\nRETURN -1 AS total, page";
		}
		return """
				CALL () {
				  %1$s
				  RETURN count(%2$s) AS total
				}
				%3$s
				RETURN total, page""".formatted(match, variable, page);
	}

	/** The parameters every paged query takes: {@code $offset} and {@code $limit}. */
	public Map<String, Object> params() {
		return Map.of("offset", this.offset, "limit", this.limit);
	}

	/**
	 * A connection of this page's items, given how many items there are in all: -1 where they were not counted
	 * (the request asked for neither the count nor whether a next page exists).
	 */
	public <T> Connection<T> connection(List<T> items, long total) {
		List<Connection.Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Connection.Edge<>(encode(this.offset + i), items.get(i)));
		}
		var info = new Connection.PageInfo(this.offset + items.size() < total, this.offset > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, info, (int) total);
	}

	static String encode(int offset) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	static int decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int offset = Integer.parseInt(text.substring(PREFIX.length()));
				if (offset >= 0) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new BadRequestException("after must be a cursor this API returned, was '" + cursor + "'");
	}

}
