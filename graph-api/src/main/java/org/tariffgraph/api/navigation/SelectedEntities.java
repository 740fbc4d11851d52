package org.tariffgraph.api.navigation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Page;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.GraphEntity;

import org.springframework.stereotype.Component;

/**
 * Reads the entities of a root field in one query, together with everything the request selects below them
 * through navigation fields, at any depth: the field's fixed {@code MATCH} (a constant of its controller)
 * followed by a projection built from the selection set ({@link Shape}, {@link Projection}). The query text
 * depends only on the selection's shape, never on input, so Neo4j's plan cache serves repeated requests.
 */
@Component
public final class SelectedEntities {

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	/** How many rendered queries are kept. */
	private static final int CACHED = 500;

	/** What a query's text depends on. */
	private record Key(String match, String variable, String orderBy, Shape shape, boolean counted) {
	}

	private final GraphReader reader;

	private final Map<Key, String> queries = new ConcurrentHashMap<>();

	SelectedEntities(GraphReader reader) {
		this.reader = reader;
	}

	/**
	 * The one entity {@code match} binds to {@code variable}, or null.
	 * @param match a {@code MATCH … WHERE …} of the calling controller
	 */
	public <T extends GraphEntity> T one(String match, String variable, Map<String, Object> params, Class<T> type,
			DataFetchingEnvironment env) {
		List<T> all = list(match, variable, null, params, type, env);
		return all.isEmpty() ? null : all.get(0);
	}

	/** Every entity {@code match} binds to {@code variable}, in {@code orderBy} order where given. */
	public <T extends GraphEntity> List<T> list(String match, String variable, String orderBy,
			Map<String, Object> params, Class<T> type, DataFetchingEnvironment env) {
		Shape shape = Shape.of(kinds(type), env.getSelectionSet().getImmediateFields());
		String query = cached(new Key(match, variable, orderBy, shape, false), () -> match + "\n"
				+ RENDERER.render(Cypher.returning(Projection.of(shape, Cypher.name(variable)).as("row")).build())
				+ ((orderBy != null) ? " ORDER BY " + orderBy : ""));
		Prefetched sink = Prefetched.in(env.getGraphQlContext());
		return this.reader.list(query, params, record -> type.cast(Projection.decode(shape, record.get("row"), sink)));
	}

	/**
	 * A page of the entities {@code match} binds to {@code variable}, as {@link Page#query} pages them; counted
	 * only where the request asks for {@code totalCount} or {@code hasNextPage}.
	 */
	public <T extends GraphEntity> Connection<T> page(Page page, String match, String variable, String orderBy,
			Map<String, Object> params, Class<T> type, DataFetchingEnvironment env) {
		List<SelectedField> nodes = env.getSelectionSet()
			.getFields("edges/node")
			.stream()
			.flatMap(node -> node.getSelectionSet().getImmediateFields().stream())
			.toList();
		Shape shape = Shape.of(kinds(type), nodes);
		boolean counted = env.getSelectionSet().containsAnyOf("totalCount", "pageInfo/hasNextPage");
		String query = cached(new Key(match, variable, orderBy, shape, counted), () -> Page.query(match, variable,
				orderBy, RENDERER.render(
						Cypher.returning(Cypher.collect(Projection.of(shape, Cypher.name(variable))).as("page")).build()),
				counted));
		Map<String, Object> all = new HashMap<>(params);
		all.putAll(page.params());
		Prefetched sink = Prefetched.in(env.getGraphQlContext());
		return this.reader
			.one(query, all, record -> page.connection(
					record.get("page").asList(value -> type.cast(Projection.counted(shape, value, sink))),
					record.get("total").asLong()))
			.orElseThrow();
	}

	/**
	 * The query for a key, rendered once: the same selection on the same root field gives the same text. At most
	 * {@link #CACHED} are kept, so that a client varying its selections cannot fill the memory; past that the
	 * cache starts over.
	 */
	private String cached(Key key, Supplier<String> render) {
		String query = this.queries.get(key);
		if (query == null) {
			if (this.queries.size() >= CACHED) {
				this.queries.clear();
			}
			query = render.get();
			this.queries.put(key, query);
		}
		return query;
	}

	private static Set<EntityKind> kinds(Class<? extends GraphEntity> type) {
		return Arrays.stream(EntityKind.values())
			.filter(kind -> type.isAssignableFrom(Entities.type(kind)))
			.collect(() -> EnumSet.noneOf(EntityKind.class), Set::add, Set::addAll);
	}

}
