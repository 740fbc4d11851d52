package org.tariffgraph.api.measure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Page;
import org.tariffgraph.model.CountryCode;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.read.TariffMeasure;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Tariff measures: by id, as a filtered list, and as the timeline between two countries. */
@Controller
final class MeasureController {

	/** The filter of the {@code measures} query. */
	record MeasureFilter(String imposedBy, String appliesTo, LocalDate inForceOn, String legalBasis, String hsPrefix,
			String layer) {
	}

	/** The orders of the {@code measures} query, each a fixed ORDER BY. */
	enum MeasureOrder {

		IN_FORCE_FROM_ASC("m.inForceFrom ASC, m.id"), IN_FORCE_FROM_DESC("m.inForceFrom DESC, m.id"),
		RATE_DESC("coalesce(m.rate, -1.0) DESC, m.inForceFrom, m.id");

		private final String orderBy;

		MeasureOrder(String orderBy) {
			this.orderBy = orderBy;
		}

	}

	private static final String FILTERED = """
			MATCH (m:TariffMeasure)
			WHERE ($imposedBy IS NULL OR EXISTS { (m)-[:IMPOSED_BY]->(c:Country) WHERE c.iso2 = $imposedBy OR c.iso3 = $imposedBy })
			  AND ($appliesTo IS NULL OR NOT EXISTS { (m)-[:APPLIES_TO]->() }
			       OR EXISTS { (m)-[:APPLIES_TO]->(c:Country) WHERE c.iso2 = $appliesTo OR c.iso3 = $appliesTo })
			  AND ($inForceOn IS NULL OR (m.inForceFrom <= $inForceOn AND (m.inForceUntil IS NULL OR m.inForceUntil >= $inForceOn)))
			  AND ($legalBasis IS NULL OR toLower(m.legalBasis) = toLower($legalBasis))
			  AND ($layer IS NULL OR m.layer = $layer)
			  AND ($hsPrefix IS NULL OR m.coversAllGoods
			       OR EXISTS { (m)-[:COVERS]->(g:Good) WHERE g.hsCode STARTS WITH $hsPrefix OR $hsPrefix STARTS WITH g.hsCode })""";

	private static final String TIMELINE = """
			MATCH (m:TariffMeasure)-[:IMPOSED_BY]->(importer:Country)
			WHERE (importer.iso2 = $importer OR importer.iso3 = $importer)
			  AND (NOT EXISTS { (m)-[:APPLIES_TO]->() }
			       OR EXISTS { (m)-[:APPLIES_TO]->(c:Country) WHERE c.iso2 = $origin OR c.iso3 = $origin })
			  AND ($from IS NULL OR m.inForceUntil IS NULL OR m.inForceUntil >= $from)
			  AND ($to IS NULL OR m.inForceFrom <= $to)""";

	private final SelectedEntities entities;

	private final ApiProperties properties;

	MeasureController(SelectedEntities entities, ApiProperties properties) {
		this.entities = entities;
		this.properties = properties;
	}

	@QueryMapping
	Connection<TariffMeasure> measures(@Argument MeasureFilter filter, @Argument MeasureOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		Page page = Page.of(first, after, this.properties);
		MeasureFilter f = (filter != null) ? filter : new MeasureFilter(null, null, null, null, null, null);
		Map<String, Object> params = new HashMap<>();
		params.put("imposedBy", CountryCode.normalise(f.imposedBy()));
		params.put("appliesTo", CountryCode.normalise(f.appliesTo()));
		params.put("inForceOn", f.inForceOn());
		params.put("legalBasis", f.legalBasis());
		params.put("hsPrefix", GoodsCode.prefix(f.hsPrefix()));
		params.put("layer", f.layer());
		String order = ((orderBy != null) ? orderBy : MeasureOrder.IN_FORCE_FROM_ASC).orderBy;
		return this.entities.page(page, FILTERED, "m", order, params, TariffMeasure.class, env);
	}

	@QueryMapping
	List<TariffMeasure> timeline(@Argument String importer, @Argument String origin, @Argument LocalDate from,
			@Argument LocalDate to, DataFetchingEnvironment env) {
		Map<String, Object> params = new HashMap<>();
		params.put("importer", CountryCode.normalise(importer));
		params.put("origin", CountryCode.normalise(origin));
		params.put("from", from);
		params.put("to", to);
		return this.entities.list(TIMELINE, "m", "m.inForceFrom, m.announced, m.id", params, TariffMeasure.class, env);
	}


}
