package org.tariffgraph.api.exemption;

import java.util.Objects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.neo4j.driver.Value;
import org.tariffgraph.api.exemption.ExemptionController.ExemptionReach;
import org.tariffgraph.api.exemption.ExemptionController.IndustryReach;
import org.tariffgraph.api.graph.GraphPath;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.graph.SelectedPaths;
import org.tariffgraph.api.navigation.InlineField;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Industry;
import org.tariffgraph.model.read.Source;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Which industries exemptions reach and which exemptions reach industries, with the shortest path that links
 * each pair: read inline, in the query of the root field that returns the exemption or industry
 * ({@link InlineField}), or else by a batch load, both from the same Cypher. The whole path is read only where
 * the request selects its nodes or relationships; otherwise only its length, and Neo4j keeps the least length
 * instead of ordering every path by the uids along it (the order that makes the chosen path stable among equally
 * short ones). Each form is a batch loader of its own, so the reaches of many entities still cost one query per
 * form. The Cypher's own variables ({@code start}, {@code reached}, {@code path}, {@code step}, {@code source})
 * are none that a root field binds its entity to.
 */
@Component
final class Reaches {

	/** From the exemption bound to {@code %1$s}, each industry {@code reached} and a {@code path} to it. */
	private static final String FROM_EXEMPTION = """
			CALL (%1$s) {
			  MATCH path = (%1$s)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(reached:Industry)
			  RETURN reached, path
			  UNION
			  MATCH path = (%1$s)-[:AFFECTS]->(:Industry)-[:PART_OF*0..5]->(reached:Industry)
			  RETURN reached, path
			}""";

	/** To the industry bound to {@code %1$s}, each exemption {@code reached} from and a {@code path} from it. */
	private static final String TO_INDUSTRY = """
			CALL (%1$s) {
			  MATCH path = (reached:Exemption)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(%1$s)
			  RETURN reached, path
			  UNION
			  MATCH path = (reached:Exemption)-[:AFFECTS]->(:Industry)-[:PART_OF*0..5]->(%1$s)
			  RETURN reached, path
			}""";

	/**
	 * Per pair ({@code reached} and the variables {@code %1$s} kept), the shortest path, the first by the uids
	 * along it among equally short ones.
	 */
	private static final String WHOLE_PATH = """
			WITH %1$s, reached, path ORDER BY length(path), [step IN nodes(path) | step.uid]
			WITH %1$s, reached, collect(path)[0] AS path
			WITH %1$s, reached, path, length(path) AS length""";

	/** Per pair, the length of the shortest path. */
	private static final String LENGTH_ONLY = """
			WITH %1$s, reached, min(length(path)) AS length
			WITH %1$s, reached, null AS path, length""";

	/** A batch load: for each uid of {@code $uids}, its reaches, as rows. */
	private static final String BATCH = """
			UNWIND $uids AS uid
			MATCH (start:%1$s {uid: uid})
			%2$s
			%3$s
			RETURN uid, {target: reached, p: path, length: length, sources: [(%4$s)-[:SOURCED_BY]->(source:Source) | source]} AS reach
			ORDER BY uid, %5$s""";

	/** Inline, beside the entity bound to {@code %1$s}: its reaches, as maps. */
	private static final String INLINE = """
			COLLECT {
			%2$s
			%3$s
			  RETURN {target: reached, p: path, length: length, sources: [(%4$s)-[:SOURCED_BY]->(source:Source) | source]} AS reach
			  ORDER BY %5$s
			}""";

	/** The selections of a reach that ask for its whole path, not only its length. */
	private static final String PATH_NODES = "path/nodes";

	private static final String PATH_RELATIONSHIPS = "path/relationships";

	/**
	 * One way of reaching, and the field that asks for it: from the kind of entity it starts at, along which
	 * paths, to which kind, whose sources are given (the exemption's: the start, or what is reached) and in which
	 * order the reaches come. Each form (the whole path, or its length) is a query and a batch loader of its own;
	 * the batch queries are rendered once.
	 */
	static final class Way<T, R> implements InlineField {

		private final EntityKind start;

		private final String field;

		private final String paths;

		private final String exemption;

		private final String order;

		private final Class<T> type;

		private final ReachFactory<T, R> factory;

		private final String wholeBatch;

		private final String lengthBatch;

		Way(EntityKind start, String field, String paths, String exemption, String order, Class<T> type,
				ReachFactory<T, R> factory) {
			this.start = start;
			this.field = field;
			this.paths = paths;
			this.exemption = exemption;
			this.order = order;
			this.type = type;
			this.factory = factory;
			this.wholeBatch = batch(true);
			this.lengthBatch = batch(false);
		}

		private String batch(boolean whole) {
			return BATCH.formatted(this.start.label(), this.paths.formatted("start"),
					(whole ? WHOLE_PATH : LENGTH_ONLY).formatted("uid, start"), this.exemption.formatted("start"), this.order);
		}

		String batchQuery(boolean whole) {
			return whole ? this.wholeBatch : this.lengthBatch;
		}

		/** The batch loader of this field for the path a form asks for. */
		String loader(boolean whole) {
			return "reach:" + this.field + ":" + form(whole);
		}

		@Override
		public EntityKind kind() {
			return this.start;
		}

		@Override
		public String field() {
			return this.field;
		}

		@Override
		public String form(SelectedField selected) {
			return form(!SelectedPaths.at(selected.getSelectionSet(), PATH_NODES).isEmpty()
					|| !SelectedPaths.at(selected.getSelectionSet(), PATH_RELATIONSHIPS).isEmpty());
		}

		@Override
		public String loader(DataFetchingEnvironment env) {
			return loader(wholePath(env));
		}

		@Override
		public String cypher(String node, String form) {
			return INLINE.formatted(node, this.paths.formatted(node).indent(2).stripTrailing(),
					(form.equals(form(true)) ? WHOLE_PATH : LENGTH_ONLY).formatted(node).indent(2).stripTrailing(),
					this.exemption.formatted(node), this.order);
		}

		@Override
		public R item(Value value) {
			GraphPath path = value.get("p").isNull() ? GraphPath.ofLength(value.get("length").asInt())
					: GraphPath.of(value.get("p").asPath());
			List<Source> sources = value.get("sources").asList(v -> (Source) Entities.of(v)).stream()
				.sorted(Entities.LISTED)
				.toList();
			return this.factory.create(this.type.cast(Entities.of(value.get("target"))), path, sources);
		}

		private static String form(boolean whole) {
			return whole ? "path" : "length";
		}

	}

	/** {@code Exemption.industriesReached}. */
	static final Way<Industry, IndustryReach> INDUSTRIES_REACHED = new Way<>(EntityKind.EXEMPTION, "industriesReached",
			FROM_EXEMPTION, "%s", "reached.naicsCode", Industry.class, IndustryReach::new);

	/** {@code Industry.exemptionsReaching}. */
	static final Way<Exemption, ExemptionReach> EXEMPTIONS_REACHING = new Way<>(EntityKind.INDUSTRY, "exemptionsReaching",
			TO_INDUSTRY, "reached", "reached.id", Exemption.class, ExemptionReach::new);

	private final GraphReader reader;

	Reaches(GraphReader reader, BatchLoaderRegistry loaders) {
		this.reader = reader;
		register(loaders, INDUSTRIES_REACHED);
		register(loaders, EXEMPTIONS_REACHING);
	}

	private <R> void register(BatchLoaderRegistry loaders, Way<?, R> way) {
		for (boolean whole : List.of(true, false)) {
			loaders.<String, List<R>>forName(way.loader(whole))
				.registerMappedBatchLoader((uids, env) -> Mono.fromCallable(() -> reaches(way, whole, List.copyOf(uids))));
		}
	}

	/** Whether a reach field's selection asks for more of its path than the length. */
	static boolean wholePath(DataFetchingEnvironment env) {
		return SelectedPaths.containsAny(env, PATH_NODES, PATH_RELATIONSHIPS);
	}

	/** The exemptions that reach each industry, by the industry's uid, in id order. */
	Map<String, List<ExemptionReach>> exemptionsReaching(List<String> industries, boolean whole) {
		return reaches(EXEMPTIONS_REACHING, whole, industries);
	}

	/** How one reach is made from the entity reached, the path and the sources. */
	@FunctionalInterface
	private interface ReachFactory<T, R> {

		R create(T target, GraphPath path, List<Source> sources);

	}

	/**
	 * Runs a reach query for several uids, every uid in the answer (with no reaches, an empty list). The query
	 * keeps one row per (uid, entity reached), with the shortest path: many paths lead to the same industry, and
	 * sending them all cost more than the question (query benchmark).
	 */
	private <R> Map<String, List<R>> reaches(Way<?, R> way, boolean whole, List<String> uids) {
		Map<String, List<R>> byUid = new LinkedHashMap<>();
		uids.forEach(uid -> byUid.put(uid, new ArrayList<>()));
		this.reader.list(way.batchQuery(whole), Map.of("uids", uids), record -> record).forEach(record ->
			Objects.requireNonNull(byUid.get(record.get("uid").asString()), "a reach of a uid asked")
				.add(way.item(record.get("reach"))));
		return byUid;
	}

}
