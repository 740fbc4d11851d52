package org.tariffgraph.api.measure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Order;
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
	record MeasureFilter(@Nullable String imposedBy, @Nullable String appliesTo, @Nullable LocalDate inForceOn,
			@Nullable String legalBasis, @Nullable String hsPrefix, @Nullable String layer) {
	}

	/**
	 * The orders of the {@code measures} query. Earliest first, the default, is read from the index on
	 * {@code (inForceFrom, id)} when no filter is given ({@link Order#forPage}): a page of all measures is the
	 * most common request. The others have no index that gives them and are sorted.
	 */
	enum MeasureOrder {

		IN_FORCE_FROM_ASC(Order.indexed("m.inForceFrom", "m.id")),
		IN_FORCE_FROM_DESC(Order.sorted("m.inForceFrom DESC, m.id")),
		RATE_DESC(Order.sorted("coalesce(m.rate, -1.0) DESC, m.inForceFrom, m.id"));

		private final Order order;

		MeasureOrder(Order order) {
			this.order = order;
		}

	}

	/**
	 * Every measure, for a list without a filter. Not {@link #FILTERED} with its parameters null: that checks six
	 * conditions on every measure, and beside the index order its conditions read {@code inForceFrom} again, which
	 * Neo4j 2026.08's planner handles badly (its own assertions fail, with {@code -ea}, in
	 * {@code insertCachedProperties}).
	 */
	private static final String ALL = "MATCH (m:TariffMeasure)";

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

	MeasureController(SelectedEntities entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<TariffMeasure> measures(@Argument @Nullable MeasureFilter filter, @Argument @Nullable MeasureOrder orderBy,
			DataFetchingEnvironment env) {
		MeasureFilter f = (filter != null) ? filter : new MeasureFilter(null, null, null, null, null, null);
		Map<String, Object> params = new HashMap<>();
		params.put("imposedBy", CountryCode.normalise(f.imposedBy()));
		params.put("appliesTo", CountryCode.normalise(f.appliesTo()));
		params.put("inForceOn", f.inForceOn());
		params.put("legalBasis", f.legalBasis());
		params.put("hsPrefix", GoodsCode.prefix(f.hsPrefix()));
		params.put("layer", f.layer());
		boolean filtered = params.values().stream().anyMatch(Objects::nonNull);
		Order order = ((orderBy != null) ? orderBy : MeasureOrder.IN_FORCE_FROM_ASC).order.forPage(filtered);
		return this.entities.page(filtered ? FILTERED : ALL, "m", order, params, TariffMeasure.class, env);
	}

	@QueryMapping
	List<TariffMeasure> timeline(@Argument String importer, @Argument String origin, @Argument @Nullable LocalDate from,
			@Argument @Nullable LocalDate to, DataFetchingEnvironment env) {
		Map<String, Object> params = new HashMap<>();
		params.put("importer", CountryCode.normalise(importer));
		params.put("origin", CountryCode.normalise(origin));
		params.put("from", from);
		params.put("to", to);
		return this.entities.list(TIMELINE, "m", "m.inForceFrom, m.announced, m.id", params, TariffMeasure.class, env);
	}


}
