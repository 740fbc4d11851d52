package org.tariffgraph.api.exemption;

import java.util.Objects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.api.exemption.ExemptionController.ExemptionReach;
import org.tariffgraph.api.exemption.ExemptionController.IndustryReach;
import org.tariffgraph.api.graph.GraphPath;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.graph.SelectedPaths;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Industry;
import org.tariffgraph.model.read.Source;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Which industries exemptions reach and which exemptions reach industries, with the shortest path that links
 * each pair. The whole path is read only where the request selects its nodes or relationships; otherwise only
 * its length, and Neo4j keeps the least length instead of ordering every path by the uids along it (the order
 * that makes the chosen path stable among equally short ones). Each form is a batch loader of its own, so the
 * reaches of many entities still cost one query per form.
 */
@Component
final class Reaches {

	static final String INDUSTRIES_REACHED = "reach:industriesReached";

	static final String EXEMPTIONS_REACHING = "reach:exemptionsReaching";

	private static final String FROM_EXEMPTIONS = """
			UNWIND $uids AS uid
			MATCH (e:Exemption {uid: uid})
			CALL (e) {
			  MATCH p = (e)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(i:Industry)
			  RETURN i, p
			  UNION
			  MATCH p = (e)-[:AFFECTS]->(:Industry)-[:PART_OF*0..5]->(i:Industry)
			  RETURN i, p
			}
			""";

	private static final String TO_INDUSTRIES = """
			UNWIND $uids AS uid
			MATCH (target:Industry {uid: uid})
			CALL (target) {
			  MATCH p = (e:Exemption)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(target)
			  RETURN e, p
			  UNION
			  MATCH p = (e:Exemption)-[:AFFECTS]->(:Industry)-[:PART_OF*0..5]->(target)
			  RETURN e, p
			}
			""";

	/** Per pair, the shortest path, the first by the uids along it among equally short ones. */
	private static final String WHOLE_PATH = """
			WITH uid, e, %1$s, p ORDER BY length(p), [n IN nodes(p) | n.uid]
			WITH uid, e, %1$s, collect(p)[0] AS p
			RETURN uid, %2$s AS target, p, length(p) AS length, [(e)-[:SOURCED_BY]->(s:Source) | s] AS sources
			ORDER BY uid, %3$s""";

	/** Per pair, the length of the shortest path. */
	private static final String LENGTH_ONLY = """
			WITH uid, e, %1$s, min(length(p)) AS length
			RETURN uid, %2$s AS target, null AS p, length, [(e)-[:SOURCED_BY]->(s:Source) | s] AS sources
			ORDER BY uid, %3$s""";

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
		return reaches(FROM_EXEMPTIONS + (whole ? WHOLE_PATH : LENGTH_ONLY).formatted("i", "i", "i.naicsCode"),
				exemptions, Industry.class, IndustryReach::new);
	}

	/** The exemptions that reach each industry, by the industry's uid, in id order. */
	Map<String, List<ExemptionReach>> exemptionsReaching(List<String> industries, boolean whole) {
		return reaches(TO_INDUSTRIES + (whole ? WHOLE_PATH : LENGTH_ONLY).formatted("target", "e", "e.id"),
				industries, Exemption.class, ExemptionReach::new);
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
	private <T, R> Map<String, List<R>> reaches(String query, List<String> uids, Class<T> type,
			ReachFactory<T, R> factory) {
		Map<String, List<R>> byUid = new LinkedHashMap<>();
		uids.forEach(uid -> byUid.put(uid, new ArrayList<>()));
		this.reader.list(query, Map.of("uids", uids), record -> record).forEach(record -> {
			GraphPath path = record.get("p").isNull() ? GraphPath.ofLength(record.get("length").asInt())
					: GraphPath.of(record.get("p").asPath());
			List<Source> sources = record.get("sources").asList(v -> (Source) Entities.of(v)).stream()
				.sorted(Entities.LISTED)
				.toList();
			Objects.requireNonNull(byUid.get(record.get("uid").asString()), "a reach of a uid asked")
				.add(factory.create(type.cast(Entities.of(record.get("target"))), path, sources));
		});
		return byUid;
	}

}
