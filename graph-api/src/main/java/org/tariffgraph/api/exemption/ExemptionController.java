package org.tariffgraph.api.exemption;

import java.util.Objects;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.graph.GraphPath;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Order;
import org.tariffgraph.model.CountryCode;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Industry;
import org.tariffgraph.model.read.Source;

import org.springframework.graphql.data.method.annotation.Argument;
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

	private static final String LIST = """
			MATCH (e:Exemption)
			WHERE ($grantedBy IS NULL OR EXISTS { (e)-[:GRANTED_BY]->(c:Country) WHERE c.iso2 = $grantedBy OR c.iso3 = $grantedBy })
			  AND ($inForceOn IS NULL OR ((e.inForceFrom IS NULL OR e.inForceFrom <= $inForceOn)
			       AND (e.inForceUntil IS NULL OR e.inForceUntil >= $inForceOn)))""";

	private final SelectedEntities entities;

	private final Reaches reaches;

	ExemptionController(SelectedEntities entities, Reaches reaches) {
		this.entities = entities;
		this.reaches = reaches;
	}

	@QueryMapping
	Connection<Exemption> exemptions(@Argument @Nullable String grantedBy, @Argument @Nullable LocalDate inForceOn,
			DataFetchingEnvironment env) {
		Map<String, Object> params = new HashMap<>();
		params.put("grantedBy", CountryCode.normalise(grantedBy));
		params.put("inForceOn", inForceOn);
		return this.entities.page(LIST, "e", Order.sorted("coalesce(e.inForceFrom, e.announced), e.id"), params, Exemption.class,
				env);
	}

	@QueryMapping
	List<ExemptionReach> exemptionsReachingIndustry(@Argument String naicsCode, DataFetchingEnvironment env) {
		String uid = EntityKind.INDUSTRY.uid(naicsCode.trim());
		return Objects.requireNonNull(this.reaches.exemptionsReaching(List.of(uid), env).get(uid),
				"a reach for every uid asked");
	}

}
