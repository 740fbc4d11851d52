package org.tariffgraph.api.exemption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.graph.GraphPath;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Page;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Industry;
import org.tariffgraph.model.read.Source;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Which exemptions affect which sectors, both ways. An exemption reaches an industry through the goods it
 * covers (and their subheadings) and the industries that make them, up the NAICS hierarchy; or by naming
 * the industry, or one below it, directly.
 */
@Controller
final class ExemptionController {

	/** An industry an exemption reaches, and the shortest path that links them. */
	record IndustryReach(Industry industry, GraphPath path, List<Source> sources) {
	}

	/** An exemption that reaches an industry, and the shortest path that links them. */
	record ExemptionReach(Exemption exemption, GraphPath path, List<Source> sources) {
	}

	private static final String BY_ID = "MATCH (e:Exemption {id: $id})";

	private static final String LIST = """
			MATCH (e:Exemption)
			WHERE ($grantedBy IS NULL OR EXISTS { (e)-[:GRANTED_BY]->(c:Country) WHERE c.iso2 = $grantedBy OR c.iso3 = $grantedBy })
			  AND ($inForceOn IS NULL OR ((e.inForceFrom IS NULL OR e.inForceFrom <= $inForceOn)
			       AND (e.inForceUntil IS NULL OR e.inForceUntil >= $inForceOn)))""";

	private static final String INDUSTRIES_REACHED = """
			UNWIND $uids AS uid
			MATCH (e:Exemption {uid: uid})
			CALL (e) {
			  MATCH p = (e)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(i:Industry)
			  RETURN i, p
			  UNION
			  MATCH p = (e)-[:AFFECTS]->(:Industry)-[:PART_OF*0..5]->(i:Industry)
			  RETURN i, p
			}
			WITH uid, e, i, p ORDER BY length(p), [n IN nodes(p) | n.uid]
			WITH uid, e, i, collect(p)[0] AS p
			RETURN uid, i AS target, p, [(e)-[:SOURCED_BY]->(s:Source) | s] AS sources
			ORDER BY uid, i.naicsCode""";

	private static final String EXEMPTIONS_REACHING = """
			UNWIND $uids AS uid
			MATCH (target:Industry {uid: uid})
			CALL (target) {
			  MATCH p = (e:Exemption)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(target)
			  RETURN e, p
			  UNION
			  MATCH p = (e:Exemption)-[:AFFECTS]->(:Industry)-[:PART_OF*0..5]->(target)
			  RETURN e, p
			}
			WITH uid, e, p ORDER BY length(p), [n IN nodes(p) | n.uid]
			WITH uid, e, collect(p)[0] AS p
			RETURN uid, e AS target, p, [(e)-[:SOURCED_BY]->(s:Source) | s] AS sources
			ORDER BY uid, e.id""";

	private final GraphReader reader;

	private final SelectedEntities entities;

	private final ApiProperties properties;

	ExemptionController(GraphReader reader, SelectedEntities entities, ApiProperties properties) {
		this.reader = reader;
		this.entities = entities;
		this.properties = properties;
	}

	@QueryMapping
	Exemption exemption(@Argument String id, DataFetchingEnvironment env) {
		return this.entities.one(BY_ID, "e", Map.of("id", id), Exemption.class, env);
	}

	@QueryMapping
	Connection<Exemption> exemptions(@Argument String grantedBy, @Argument LocalDate inForceOn, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		Page page = Page.of(first, after, this.properties);
		Map<String, Object> params = new HashMap<>();
		params.put("grantedBy", (grantedBy == null) ? null : grantedBy.trim().toUpperCase(Locale.ROOT));
		params.put("inForceOn", inForceOn);
		return this.entities.page(page, LIST, "e", "coalesce(e.inForceFrom, e.announced), e.id", params, Exemption.class,
				env);
	}

	@QueryMapping
	List<ExemptionReach> exemptionsReachingIndustry(@Argument String naicsCode) {
		String uid = "industry:" + naicsCode.trim();
		return reaches(EXEMPTIONS_REACHING, List.of(uid), Exemption.class, ExemptionReach::new).get(uid);
	}

	@BatchMapping(typeName = "Industry", field = "exemptionsReaching")
	Map<Industry, List<ExemptionReach>> exemptionsReaching(List<Industry> industries) {
		var byUid = reaches(EXEMPTIONS_REACHING, industries.stream().map(Industry::uid).toList(), Exemption.class,
				ExemptionReach::new);
		Map<Industry, List<ExemptionReach>> result = new LinkedHashMap<>();
		industries.forEach(i -> result.put(i, byUid.get(i.uid())));
		return result;
	}

	@BatchMapping(typeName = "Exemption", field = "industriesReached")
	Map<Exemption, List<IndustryReach>> industriesReached(List<Exemption> exemptions) {
		var byUid = reaches(INDUSTRIES_REACHED, exemptions.stream().map(Exemption::uid).toList(), Industry.class,
				IndustryReach::new);
		Map<Exemption, List<IndustryReach>> result = new LinkedHashMap<>();
		exemptions.forEach(e -> result.put(e, byUid.get(e.uid())));
		return result;
	}

	/** How one reach is made from the entity reached, the path and the sources. */
	@FunctionalInterface
	private interface ReachFactory<T, R> {

		R create(T target, GraphPath path, List<Source> sources);

	}

	/**
	 * Runs a reach query for several uids. The query keeps the shortest path per (uid, entity reached): many
	 * paths lead to the same industry, and sending them all cost more than the question (query benchmark).
	 */
	private <T, R> Map<String, List<R>> reaches(String query, List<String> uids, Class<T> type,
			ReachFactory<T, R> factory) {
		Map<String, Map<String, R>> byUid = new LinkedHashMap<>();
		uids.forEach(uid -> byUid.put(uid, new LinkedHashMap<>()));
		this.reader.list(query, Map.of("uids", uids), record -> record).forEach(record -> {
			var target = Entities.of(record.get("target"));
			byUid.get(record.get("uid").asString()).computeIfAbsent(target.uid(), k -> factory.create(type.cast(target),
					GraphPath.of(record.get("p").asPath()),
					record.get("sources").asList(v -> (Source) Entities.of(v))));
		});
		Map<String, List<R>> result = new LinkedHashMap<>();
		byUid.forEach((uid, reached) -> result.put(uid, new ArrayList<>(reached.values())));
		return result;
	}

}
