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

	static final String INDUSTRIES_REACHED = "reach:industriesReached";

	static final String EXEMPTIONS_REACHING = "reach:exemptionsReaching";

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

	/**
	 * One way of reaching: from the kind of entity it starts at, along which paths, to which kind, whose
	 * sources are given (the exemption's: the start, or what is reached) and in which order the reaches come.
	 */
	private record Way<T, R>(EntityKind start, String paths, String exemption, String order, Class<T> type,
			ReachFactory<T, R> factory) {

		String batch(boolean whole) {
			return BATCH.formatted(this.start.label(), this.paths.formatted("start"),
					(whole ? WHOLE_PATH : LENGTH_ONLY).formatted("uid, start"), this.exemption.formatted("start"), this.order);
		}

		String inline(String node, boolean whole) {
			return INLINE.formatted(node, this.paths.formatted(node).indent(2).stripTrailing(),
					(whole ? WHOLE_PATH : LENGTH_ONLY).formatted(node).indent(2).stripTrailing(),
					this.exemption.formatted(node), this.order);
		}

		R reach(Value value) {
			GraphPath path = value.get("p").isNull() ? GraphPath.ofLength(value.get("length").asInt())
					: GraphPath.of(value.get("p").asPath());
			List<Source> sources = value.get("sources").asList(v -> (Source) Entities.of(v)).stream()
				.sorted(Entities.LISTED)
				.toList();
			return this.factory.create(this.type.cast(Entities.of(value.get("target"))), path, sources);
		}

	}

	private static final Way<Industry, IndustryReach> FROM_EXEMPTIONS = new Way<>(EntityKind.EXEMPTION, FROM_EXEMPTION,
			"%s", "reached.naicsCode", Industry.class, IndustryReach::new);

	private static final Way<Exemption, ExemptionReach> TO_INDUSTRIES = new Way<>(EntityKind.INDUSTRY, TO_INDUSTRY,
			"reached", "reached.id", Exemption.class, ExemptionReach::new);

	private final GraphReader reader;

	Reaches(GraphReader reader, BatchLoaderRegistry loaders) {
		this.reader = reader;
		for (boolean whole : List.of(true, false)) {
			loaders.<String, List<IndustryReach>>forName(loader(INDUSTRIES_REACHED, whole))
				.registerMappedBatchLoader((uids, env) -> Mono.fromCallable(() -> industriesReached(List.copyOf(uids), whole)));
			loaders.<String, List<ExemptionReach>>forName(loader(EXEMPTIONS_REACHING, whole))
				.registerMappedBatchLoader((uids, env) -> Mono.fromCallable(() -> exemptionsReaching(List.copyOf(uids), whole)));
		}
	}

	/** Whether a reach field's selection asks for more of its path than the length. */
	static boolean wholePath(DataFetchingEnvironment env) {
		return SelectedPaths.containsAny(env, "path/nodes", "path/relationships");
	}

	/** The batch loader of a reach field for the path its selection asks for. */
	static String loader(String field, DataFetchingEnvironment env) {
		return loader(field, wholePath(env));
	}

	private static String loader(String field, boolean whole) {
		return field + (whole ? ":path" : ":length");
	}

	/** The industries each exemption reaches, by the exemption's uid, in NAICS code order. */
	Map<String, List<IndustryReach>> industriesReached(List<String> exemptions, boolean whole) {
		return reaches(FROM_EXEMPTIONS, whole, exemptions);
	}

	/** The exemptions that reach each industry, by the industry's uid, in id order. */
	Map<String, List<ExemptionReach>> exemptionsReaching(List<String> industries, boolean whole) {
		return reaches(TO_INDUSTRIES, whole, industries);
	}

	/** {@code Exemption.industriesReached}, read inline where the query that reads the exemption can. */
	static InlineField industriesReachedInline() {
		return new Inline("industriesReached", FROM_EXEMPTIONS);
	}

	/** {@code Industry.exemptionsReaching}, read inline where the query that reads the industry can. */
	static InlineField exemptionsReachingInline() {
		return new Inline("exemptionsReaching", TO_INDUSTRIES);
	}

	/** A reach field read beside its entity. */
	private record Inline(String field, Way<?, ?> way) implements InlineField {

		@Override
		public EntityKind kind() {
			return this.way.start();
		}

		@Override
		public String form(SelectedField selected) {
			boolean whole = selected.getSelectionSet().contains("path/nodes") || selected.getSelectionSet().contains("path/relationships");
			return whole ? "path" : "length";
		}

		@Override
		public String cypher(String node, String form) {
			return this.way.inline(node, form.equals("path"));
		}

		@Override
		public Object item(Value value) {
			return this.way.reach(value);
		}

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
		this.reader.list(way.batch(whole), Map.of("uids", uids), record -> record).forEach(record ->
			Objects.requireNonNull(byUid.get(record.get("uid").asString()), "a reach of a uid asked")
				.add(way.reach(record.get("reach"))));
		return byUid;
	}

}
