package org.tariffgraph.api.goods;

import java.util.HashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Filters;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.read.Good;
import org.tariffgraph.model.read.GraphEntity;
import org.tariffgraph.model.read.Industry;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Goods by HS code and industries by NAICS code. */
@Controller
final class GoodsController {

	private static final String GOOD = "MATCH (g:Good {hsCode: $code})";

	private static final Filters GOODS = Filters.sortedBy("g.hsCode", "MATCH (g:Good)", "prefix",
			"g.hsCode STARTS WITH $prefix", "level", "g.level = $level");

	private static final String INDUSTRY = "MATCH (i:Industry {naicsCode: $code})";

	private static final Filters INDUSTRIES = Filters.sortedBy("i.naicsCode", "MATCH (i:Industry)", "prefix",
			"i.naicsCode STARTS WITH $prefix", "level", "i.level = $level");

	private final SelectedEntities entities;

	GoodsController(SelectedEntities entities) {
		this.entities = entities;
	}

	@QueryMapping
	@Nullable Good good(@Argument String hsCode, DataFetchingEnvironment env) {
		// a text that is no code cannot name a good: null, as for a code the graph lacks
		return GoodsCode.normalise(hsCode)
			.map(code -> this.entities.one(GOOD, "g", Map.of("code", code), Good.class, env))
			.orElse(null);
	}

	@QueryMapping
	Connection<Good> goods(@Argument @Nullable String hsPrefix, @Argument @Nullable Integer level,
			DataFetchingEnvironment env) {
		return page(GOODS, "g", GoodsCode.prefix(hsPrefix), level, Good.class, env);
	}

	@QueryMapping
	@Nullable Industry industry(@Argument String naicsCode, DataFetchingEnvironment env) {
		return this.entities.one(INDUSTRY, "i", Map.of("code", naicsCode.trim()), Industry.class, env);
	}

	@QueryMapping
	Connection<Industry> industries(@Argument @Nullable String naicsPrefix, @Argument @Nullable Integer level,
			DataFetchingEnvironment env) {
		return page(INDUSTRIES, "i", (naicsPrefix == null) ? null : naicsPrefix.trim(), level, Industry.class, env);
	}

	private <T extends GraphEntity> Connection<T> page(Filters filters, String variable, @Nullable String prefix,
			@Nullable Integer level, Class<T> type, DataFetchingEnvironment env) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", prefix);
		params.put("level", level);
		return this.entities.page(filters.match(params), variable, filters.order(), params, type, env);
	}

}
