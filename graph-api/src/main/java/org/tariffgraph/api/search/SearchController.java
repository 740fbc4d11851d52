package org.tariffgraph.api.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.errors.BadRequestException;
import org.tariffgraph.api.graph.ApiProperties;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.api.paging.Page;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.GraphEntity;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Full-text search over the {@code entity_search} index. */
@Controller
final class SearchController {

	/** How search text is read. */
	enum SearchSyntax {

		PLAIN, LUCENE

	}

	/** A result and its score. */
	record SearchHit(double score, GraphEntity entity) {
	}

	/**
	 * Lucene keeps only the best {@code $limit} hits when it is given the limit; sorting every hit by score and
	 * uid in Cypher instead took 42 ms rather than 3.6 ms (p50, probe on the scale-1 benchmark graph). Ties
	 * are ordered by uid among the hits returned.
	 */
	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node, score""";

	/** The index does not know labels: hits are filtered by kind, and only then limited. */
	private static final String SEARCH_KINDS = """
			CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
			WHERE any(label IN labels(node) WHERE label IN $kinds)
			WITH node, score ORDER BY score DESC LIMIT $limit""";

	/** The hits of either, best first: {@code %s} is the projection of each hit's entity. */
	private static final String HITS = "\nRETURN %s AS hit, score ORDER BY score DESC, node.uid";

	/**
	 * Every hit is counted, so this reads all of them; the kind is the label besides {@code Entity}. A word in
	 * nearly every description ("other") gives tens of thousands of hits, still within the query timeout.
	 */
	private static final String SEARCH_BY_KIND = """
			CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
			WITH [label IN labels(node) WHERE label IN $kinds][0] AS kind, node, score
			ORDER BY score DESC, node.uid
			WITH kind, count(*) AS count, collect({node: node, score: score})[0..$perKind] AS best
			RETURN kind, count, best ORDER BY best[0].score DESC, kind""";

	/** The longest search text: a long sentence; far longer text is no search and costs Lucene dearly. */
	static final int MAX_TEXT_LENGTH = 500;

	/** The label of each kind, to tell a hit's kind from the shared {@code Entity} label. */
	private static final List<String> KIND_LABELS = Arrays.stream(EntityKind.values()).map(EntityKind::label).toList();

	/** The most hits per kind {@code searchByKind} gives. */
	static final int MAX_PER_KIND = 10;

	/** One kind's hits. */
	record KindHits(String kind, int count, List<SearchHit> hits) {
	}

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

	private final GraphReader reader;

	private final SelectedEntities entities;

	private final ApiProperties properties;

	SearchController(GraphReader reader, SelectedEntities entities, ApiProperties properties) {
		this.reader = reader;
		this.entities = entities;
		this.properties = properties;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable SearchSyntax syntax,
			@Argument @Nullable List<String> kinds, @Argument @Nullable Integer first, DataFetchingEnvironment env) {
		checkText(text);
		// the page sizes of every list, though search gives one page only
		int limit = Page.of(first, null, this.properties).limit();
		if (kinds != null) {
			for (String kind : kinds) {
				if (EntityKind.byLabel(kind).isEmpty()) {
					throw new BadRequestException("kinds must name kinds of entity (%s), found '%s'".formatted(
							String.join(", ", Arrays.stream(EntityKind.values()).map(EntityKind::label).toList()), kind));
				}
			}
		}
		Map<String, Object> params = new HashMap<>();
		params.put("query", (syntax == SearchSyntax.LUCENE) ? text : escape(text));
		params.put("kinds", kinds);
		params.put("limit", limit);
		// the hits' entities as the request selects them: what it asks of them is read in the same query
		var entity = this.entities.projected("node", GraphEntity.class, "entity", env);
		return this.reader.list(((kinds == null) ? SEARCH : SEARCH_KINDS) + HITS.formatted(entity.cypher()), params,
				record -> new SearchHit(record.get("score").asDouble(), entity.entity().apply(record.get("hit"))));
	}

	@QueryMapping
	List<KindHits> searchByKind(@Argument String text, @Argument @Nullable SearchSyntax syntax,
			@Argument @Nullable Integer firstPerKind) {
		checkText(text);
		int perKind = (firstPerKind == null) ? 3 : firstPerKind;
		if (perKind < 1 || perKind > MAX_PER_KIND) {
			throw new BadRequestException("firstPerKind must be between 1 and %d, was %d".formatted(MAX_PER_KIND, perKind));
		}
		Map<String, Object> params = Map.of("query", (syntax == SearchSyntax.LUCENE) ? text : escape(text), "perKind",
				perKind, "kinds", KIND_LABELS);
		return this.reader.list(SEARCH_BY_KIND, params, record -> new KindHits(record.get("kind").asString(),
				record.get("count").asInt(), record.get("best").asList(hit -> new SearchHit(hit.get("score").asDouble(),
						Entities.of(hit.get("node"))))));
	}

	private static void checkText(String text) {
		if (text == null || text.isBlank()) {
			throw new BadRequestException("text must not be blank");
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new BadRequestException("text must be at most %d characters, was %d".formatted(MAX_TEXT_LENGTH, text.length()));
		}
	}

	/** Makes text literal for Lucene: special characters escaped, operator words lower-cased. */
	static String escape(String text) {
		String escaped = LUCENE_SPECIAL.matcher(text.trim()).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
		return OPERATOR_WORDS.matcher(escaped).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
	}

}
