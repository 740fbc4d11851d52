package org.tariffgraph.api.navigation;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.GeneralizedRenderer;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Value;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.graph.SelectedPaths;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Order;
import org.tariffgraph.api.paging.Page;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.GraphEntity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the entities of a root field in one query, together with everything the request selects below them
 * through navigation fields, at any depth: the field's fixed {@code MATCH} (a constant of its controller)
 * followed by a projection built from the selection set ({@link Shape}, {@link Projection}). The query text
 * depends only on the selection's shape, never on input, so Neo4j's plan cache serves repeated requests.
 */
@Component
public final class SelectedEntities {

	private static final GeneralizedRenderer RENDERER = Renderer.getRenderer(Configuration.defaultConfig(),
			GeneralizedRenderer.class);

	/** What a query's text depends on. */
	private record Key(String match, String variable, @Nullable Order order, Shape shape, boolean counted) {
	}

	private final GraphReader reader;

	private final ApiProperties properties;

	/** The inline fields by the kind of entity they belong to and their name. */
	private final Map<EntityKind, Map<String, InlineField>> inlineFields = new EnumMap<>(EntityKind.class);

	private final Kept<Key, String> queries = new Kept<>();

	private final KeptShapes shapes = new KeptShapes();

	SelectedEntities(GraphReader reader, ApiProperties properties, ObjectProvider<InlineField> inlineFields) {
		this.reader = reader;
		this.properties = properties;
		inlineFields.orderedStream().forEach(field -> this.inlineFields.computeIfAbsent(field.kind(), kind -> new HashMap<>())
			.put(field.field(), field));
	}

	/** The inline fields by the kind of entity they belong to and their name, for shapes made elsewhere. */
	Map<EntityKind, Map<String, InlineField>> inlineFields() {
		return this.inlineFields;
	}

	/**
	 * The one entity {@code match} binds to {@code variable}, or null.
	 * @param match a {@code MATCH … WHERE …} of the calling controller
	 */
	public <T extends GraphEntity> @Nullable T one(String match, String variable, Map<String, Object> params, Class<T> type,
			DataFetchingEnvironment env) {
		List<T> all = list(match, variable, null, params, type, env);
		return all.isEmpty() ? null : all.get(0);
	}

	/** Every entity {@code match} binds to {@code variable}, in {@code orderBy} order where given. */
	public <T extends GraphEntity> List<T> list(String match, String variable, @Nullable String orderBy,
			Map<String, Object> params, Class<T> type, DataFetchingEnvironment env) {
		Shape shape = shape(type, "", env);
		Order order = (orderBy != null) ? Order.sorted(orderBy) : null;
		String query = this.queries.get(new Key(match, variable, order, shape, false), () -> match + "\nRETURN "
				+ render(shape, variable) + " AS row" + ((orderBy != null) ? " ORDER BY " + orderBy : ""));
		Prefetched sink = Prefetched.in(env.getGraphQlContext());
		return this.reader.list(query, params, record -> type.cast(Projection.decode(shape, record.get("row"), sink)));
	}

	/**
	 * The page of the entities {@code match} binds to {@code variable} that the field's {@code first} and
	 * {@code after} arguments ask for, within the API's page sizes ({@link Page#of}), as {@link Page#query} pages
	 * them; counted only where the request asks for {@code totalCount} or {@code hasNextPage}.
	 */
	public <T extends GraphEntity> Connection<T> page(String match, String variable, Order order,
			Map<String, Object> params, Class<T> type, DataFetchingEnvironment env) {
		Page page = Page.of(env.getArgument("first"), env.getArgument("after"), this.properties);
		Shape shape = shape(type, "edges/node", env);
		boolean counted = SelectedPaths.containsAny(env, "totalCount", "pageInfo/hasNextPage");
		String query = this.queries.get(new Key(match, variable, order, shape, counted), () -> Page.query(match, variable,
				order, "RETURN collect(" + render(shape, variable) + ") AS page", counted));
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
	 * How to read the entity a question's own query binds to {@code variable}, for the fields a request selects
	 * at {@code path} below the current field (like {@code entity} of a search hit): a projection to return
	 * in its place, and how to make the entity from it. What the projection reads past the entity, its
	 * navigation fields, is answered from it as for the other root fields.
	 */
	public <T extends GraphEntity> Projected<T> projected(String variable, Class<T> type, String path,
			DataFetchingEnvironment env) {
		Shape shape = shape(type, path, env);
		// a bare projection: no MATCH before it, no ORDER BY after it
		String cypher = this.queries.get(new Key("", variable, null, shape, false), () -> render(shape, variable));
		Prefetched sink = Prefetched.in(env.getGraphQlContext());
		return new Projected<>(cypher, value -> type.cast(Projection.decode(shape, value, sink)));
	}

	/**
	 * A projection of an entity in a question's query, and how to make the entity from what it returns.
	 * @param cypher a map projection, to be returned in place of the node
	 */
	public record Projected<T extends GraphEntity>(String cypher, Function<Value, T> entity) {
	}

	/** The shape of what the current field selects at {@code path} below it ({@code ""}: of the field itself). */
	private Shape shape(Class<? extends GraphEntity> type, String path, DataFetchingEnvironment env) {
		Set<EntityKind> kinds = kinds(type);
		return this.shapes.get(env, kinds, path, () -> Shape.of(kinds,
				path.isEmpty() ? env.getSelectionSet().getImmediateFields() : below(env, path), this.inlineFields));
	}

	/** The fields selected of what {@code path} below the current field leads to, every alias of it together. */
	private static List<SelectedField> below(DataFetchingEnvironment env, String path) {
		return SelectedPaths.at(env.getSelectionSet(), path)
			.stream()
			.flatMap(field -> field.getSelectionSet().getImmediateFields().stream())
			.toList();
	}

	private static String render(Shape shape, String variable) {
		return RENDERER.render(Projection.of(shape, Cypher.name(variable)));
	}

	/** The kinds an entity of a type may be, found once per type: every request for entities asks. */
	private static final ClassValue<Set<EntityKind>> KINDS = new ClassValue<>() {

		@Override
		protected Set<EntityKind> computeValue(Class<?> type) {
			return Collections.unmodifiableSet(Arrays.stream(EntityKind.values())
				.filter(kind -> type.isAssignableFrom(Entities.type(kind)))
				.collect(() -> EnumSet.noneOf(EntityKind.class), Set::add, Set::addAll));
		}

	};

	private static Set<EntityKind> kinds(Class<? extends GraphEntity> type) {
		return KINDS.get(type);
	}

}
