package org.tariffgraph.api.exemption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.api.exemption.ExemptionController.ExemptionReach;
import org.tariffgraph.api.exemption.ExemptionController.IndustryReach;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.navigation.InlineField;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Industry;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Which industries exemptions reach and which exemptions reach industries, with the shortest path that links
 * each pair: read inline, in the query of the root field that returns the exemption or industry
 * ({@link InlineField}), or else by a batch load, both from the same Cypher ({@link ReachWay}), which reads only
 * what the selection asks for ({@link ReachForm}). Each form is a batch loader of its own, so the reaches of many
 * entities still cost one query per form. The Cypher's own variables ({@code start}, {@code reached}, {@code path}, {@code step}, {@code source})
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

	/** {@code Exemption.industriesReached}. */
	static final ReachWay<Industry, IndustryReach> INDUSTRIES_REACHED = new ReachWay<>(EntityKind.EXEMPTION, "industriesReached",
			FROM_EXEMPTION, true, "reached.naicsCode", Industry.class, IndustryReach::new);

	/** {@code Industry.exemptionsReaching}. */
	static final ReachWay<Exemption, ExemptionReach> EXEMPTIONS_REACHING = new ReachWay<>(EntityKind.INDUSTRY, "exemptionsReaching",
			TO_INDUSTRY, false, "reached.id", Exemption.class, ExemptionReach::new);

	private final GraphReader reader;

	Reaches(GraphReader reader, BatchLoaderRegistry loaders) {
		this.reader = reader;
		register(loaders, INDUSTRIES_REACHED);
		register(loaders, EXEMPTIONS_REACHING);
	}

	private <R> void register(BatchLoaderRegistry loaders, ReachWay<?, R> way) {
		for (ReachForm form : ReachForm.ALL) {
			loaders.<String, List<R>>forName(way.loader(form))
				.registerMappedBatchLoader((uids, env) -> Mono.fromCallable(() -> reaches(way, form, List.copyOf(uids))));
		}
	}

	/** The exemptions that reach each industry, by the industry's uid, in id order, read as the selection asks. */
	Map<String, List<ExemptionReach>> exemptionsReaching(List<String> industries, DataFetchingEnvironment env) {
		return reaches(EXEMPTIONS_REACHING, ReachForm.of(env), industries);
	}

	/**
	 * Runs a reach query for several uids, every uid in the answer (with no reaches, an empty list). The query
	 * keeps one reach per (uid, entity reached), with the shortest path: many paths lead to the same industry, and
	 * sending them all cost more than the question (query benchmark).
	 */
	private <R> Map<String, List<R>> reaches(ReachWay<?, R> way, ReachForm form, List<String> uids) {
		Map<String, List<R>> byUid = new LinkedHashMap<>();
		uids.forEach(uid -> byUid.put(uid, List.of()));
		this.reader.list(way.batchQuery(form), Map.of("uids", uids), record -> record)
			.forEach(record -> byUid.put(record.get("uid").asString(), way.items(record.get("reach"))));
		return byUid;
	}

}
