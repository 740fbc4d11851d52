package org.tariffgraph.api.navigation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.tariffgraph.api.execution.ReadAhead;
import org.tariffgraph.api.graph.DataLoaders;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;
import org.tariffgraph.model.read.GraphEntity;
import org.tariffgraph.model.read.ListedOrder;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Wires every {@link Hops hop}, and every question's {@link InlineField}, as a data fetcher. Where the query that read an entity read the field too
 * ({@link SelectedEntities}), the fetcher answers from what it read ({@link Prefetched}); otherwise, as for the
 * entities a question's own query returns, from a DataLoader: however many entities a request lists, each
 * such field costs one query, {@code MATCH (a:Entity)-[:TYPE]->(b) WHERE a.uid IN $uids}, which reads the
 * entities reached with everything the request selects below them ({@link Shape}, {@link Projection}), so that
 * the levels below cost none: the queries of a request do not grow with the depth of its selection.
 * The queries are built with Cypher-DSL from the hop table and the selection's shape, never from input.
 */
@Configuration(proxyBeanMethods = false)
class NavigationWiring {

	private static final Renderer RENDERER = Renderer.getDefaultRenderer();

	/**
	 * The one DataLoader of every hop, keyed by hop, shape of what it reads and entity ({@link Hop.Key}): a
	 * DataLoader per hop made some 80 of them for every request, each created and dispatched at every level of every
	 * request that used none of them, which took 8% of the API threads' samples (JFR) on {@code appliedTariffs} for
	 * one line. A batch runs one query per hop and shape its keys name; a query that fails fails the batch's other
	 * hops too, where before it failed its own field only. What stops a query is mostly the request's time or items
	 * running out, which stops the whole request anyway.
	 */
	static final String LOADER = "hops";

	/** A batch load's query: a hop, and what is read of the entities it reaches. */
	private record Batch(Hop hop, Shape shape) {
	}

	private final Kept<Batch, String> queries = new Kept<>();

	NavigationWiring(BatchLoaderRegistry loaders, GraphReader reader) {
		loaders.<Hop.Key, Object>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(
					() -> load(reader, keys, Prefetched.in((GraphQLContext) Objects.requireNonNull(env.getContext())))));
	}

	/**
	 * An entity's {@code kind}: a default method of {@link GraphEntity}, which property fetching by name does not see.
	 * Read by graphql-java's own property fetcher, given the method: light, as a property read is (no environment, not
	 * wrapped by the limits), so a list of entities that selects it stays in {@code ReadAheadLists}' one loop.
	 */
	private static final LightDataFetcher<String> KIND = PropertyDataFetcher.fetching(GraphEntity::kind);

	/** Every hop, and every {@link InlineField} of the questions, as a field of its entity's type. */
	@Bean
	RuntimeWiringConfigurer navigationFields(ObjectProvider<InlineField> inlineFields, SelectedEntities entities) {
		List<InlineField> inline = inlineFields.orderedStream().toList();
		return wiring -> {
			for (EntityKind kind : EntityKind.values()) {
				wiring.type(kind.label(), builder -> {
					builder.dataFetcher("kind", KIND);
					for (Hop hop : Hops.BY_KIND.getOrDefault(kind, Map.of()).values()) {
						builder.dataFetcher(hop.field(), fetcher((env, uid) -> DataLoaders.named(env, LOADER)
							.load(new Hop.Key(hop, Shapes.in(env.getGraphQlContext()).reached(hop, env, entities.inlineFields()), uid)),
								hop.single()));
					}
					inline.stream()
						.filter(field -> field.kind() == kind)
						.forEach(field -> builder.dataFetcher(field.field(),
								fetcher((env, uid) -> DataLoaders.named(env, field.loader(env)).load(uid), false)));
					return builder;
				});
			}
		};
	}

	/**
	 * What the fetchers below answer from {@link Prefetched}, for the execution to read without running them: the
	 * navigation and inline fields of the entities a query read with what the request selects below them.
	 */
	@Bean
	ReadAhead prefetchedFields() {
		return (context, source, resultKey) -> (source instanceof GraphEntity entity)
				? Prefetched.in(context).read(entity, resultKey) : ReadAhead.NOT_READ;
	}

	/**
	 * A field of an entity, answered from what the query that read the entity read of it ({@link Prefetched}),
	 * else by loading it for the entity's uid.
	 */
	private static DataFetcher<Object> fetcher(
			BiFunction<DataFetchingEnvironment, String, CompletableFuture<@Nullable Object>> load, boolean single) {
		return env -> {
			// a navigation field is a field of an entity, never of the root
			GraphEntity source = Objects.requireNonNull(env.getSource());
			Map<String, Object> read = Prefetched.in(env.getGraphQlContext()).of(source);
			String key = env.getField().getResultKey();
			if (read.containsKey(key)) {
				return read.get(key);
			}
			return load.apply(env, source.uid()).thenApply(value -> (value == null && !single) ? List.of() : value);
		};
	}

	/**
	 * What each key's hop reaches from its entity, with what the request reads below it, put where the fetchers
	 * of those levels find it ({@code sink}): one query per hop and shape among the keys.
	 */
	private Map<Hop.Key, Object> load(GraphReader reader, Set<Hop.Key> keys, Prefetched sink) {
		Map<Batch, List<String>> byBatch = new LinkedHashMap<>();
		keys.forEach(key -> byBatch.computeIfAbsent(new Batch(key.hop(), key.shape()), batch -> new ArrayList<>()).add(key.uid()));
		Map<Hop.Key, Object> result = new HashMap<>();
		byBatch.forEach((batch, uids) -> reader
			.grouped(this.queries.get(batch, () -> query(batch.hop(), batch.shape())), Map.of("uids", uids), "uid", "row", uids,
					value -> Projection.decode(batch.shape(), value, sink))
			.forEach((uid, entities) -> {
				Hop.Key key = new Hop.Key(batch.hop(), batch.shape(), uid);
				if (!batch.hop().single()) {
					result.put(key, entities);
				}
				else if (!entities.isEmpty()) {
					result.put(key, entities.get(0));
				}
			}));
		return result;
	}

	/** The entities a hop reaches from the entities {@code $uids} names, each as {@code shape} reads it. */
	static String query(Hop hop, Shape shape) {
		Node a = Cypher.node(EntityKind.ENTITY_LABEL).named("a");
		var relationship = pattern(a, hop.relationship(), hop.outgoing(), hop.target(), "b");
		Node b = relationship.getRight();
		var statement = Cypher.match(relationship)
			.where(a.property("uid").in(Cypher.parameter("uids")))
			// named apart from b, which the order reads: a projection holds the uid only of an entity of several kinds
			.returning(a.property("uid").as("uid"), Projection.of(shape, b.getRequiredSymbolicName()).as("row"))
			.orderBy(order(hop.target(), b))
			.build();
		return RENDERER.render(statement);
	}

	/**
	 * One step from {@code a} along {@code type}, outgoing or incoming, to a node named {@code b} of the target
	 * kind (any entity where null): what a batch load matches and what a projection follows ({@link Projection}).
	 */
	static Relationship pattern(Node a, RelationshipType type, boolean outgoing, @Nullable EntityKind target, String b) {
		Node to = ((target == null) ? Cypher.node(EntityKind.ENTITY_LABEL) : Cypher.node(target.label())).named(b);
		return outgoing ? a.relationshipTo(to, type.name()) : a.relationshipFrom(to, type.name());
	}

	/**
	 * Oldest first, the undated last (as Cypher orders nulls), then by uid: {@link ListedOrder#LISTED} in Cypher, both
	 * derived from {@link EntityKind#dateProperty}. A hop to one kind reads only that kind's date, or none: coalescing four
	 * properties on every row made loading the goods of 100 measures take 26 ms instead of 19 ms (p50, probe
	 * on the scale-1 benchmark graph).
	 */
	static List<SortItem> order(@Nullable EntityKind target, Node b) {
		if (target == null) {
			return List.of(Cypher.coalesce(Arrays.stream(EntityKind.values())
				.flatMap(kind -> kind.dateProperty().stream())
				.distinct()
				.map(b::property)
				.toArray(Expression[]::new)).ascending(), b.property("uid").ascending());
		}
		return target.dateProperty()
			.map(date -> List.of(b.property(date).ascending(), b.property("uid").ascending()))
			.orElseGet(() -> List.of(b.property("uid").ascending()));
	}

}
