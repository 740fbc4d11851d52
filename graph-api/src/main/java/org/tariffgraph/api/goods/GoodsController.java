package org.tariffgraph.api.goods;

import java.util.HashMap;
import java.util.Map;

import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Page;
import org.tariffgraph.model.read.GraphEntity;
import org.tariffgraph.model.read.Good;
import org.tariffgraph.model.read.Industry;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Goods by HS code and industries by NAICS code. */
@Controller
final class GoodsController {

	private static final String GOOD = "MATCH (g:Good {hsCode: $code}) RETURN g";

	private static final String GOODS = Page.query("""
			MATCH (g:Good)
			WHERE ($prefix IS NULL OR g.hsCode STARTS WITH $prefix) AND ($level IS NULL OR g.level = $level)""", "g",
			"g.hsCode");

	private static final String INDUSTRY = "MATCH (i:Industry {naicsCode: $code}) RETURN i";

	private static final String INDUSTRIES = Page.query("""
			MATCH (i:Industry)
			WHERE ($prefix IS NULL OR i.naicsCode STARTS WITH $prefix) AND ($level IS NULL OR i.level = $level)""", "i",
			"i.naicsCode");

	private final GraphReader reader;

	private final ApiProperties properties;

	GoodsController(GraphReader reader, ApiProperties properties) {
		this.reader = reader;
		this.properties = properties;
	}

	@QueryMapping
	Good good(@Argument String hsCode) {
		// a text that is no code cannot name a good: null, as for a code the graph lacks
		return org.tariffgraph.model.GoodsCode.normalise(hsCode)
			.map(code -> this.reader.entity(GOOD, Map.of("code", code), "g", Good.class))
			.orElse(null);
	}

	@QueryMapping
	Connection<Good> goods(@Argument String hsPrefix, @Argument Integer level, @Argument Integer first,
			@Argument String after) {
		return page(GOODS, (hsPrefix == null) ? null : hsPrefix.replace(".", "").trim(), level, first, after, Good.class);
	}

	@QueryMapping
	Industry industry(@Argument String naicsCode) {
		return this.reader.entity(INDUSTRY, Map.of("code", naicsCode.trim()), "i", Industry.class);
	}

	@QueryMapping
	Connection<Industry> industries(@Argument String naicsPrefix, @Argument Integer level, @Argument Integer first,
			@Argument String after) {
		return page(INDUSTRIES, (naicsPrefix == null) ? null : naicsPrefix.trim(), level, first, after, Industry.class);
	}

	private <T extends GraphEntity> Connection<T> page(String query, String prefix, Integer level, Integer first,
			String after, Class<T> type) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", prefix);
		params.put("level", level);
		return Page.of(first, after, this.properties).fetch(this.reader, query, params, type);
	}

}
