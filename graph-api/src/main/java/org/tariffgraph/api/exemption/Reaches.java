package org.tariffgraph.api.exemption;

import java.util.Objects;
import java.util.HashMap;
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

	/**
	 * A batch load: for each uid of {@code $uids} that reaches anything, one row with its reaches in order and, where
	 * they are the start's, the sources once.
	 */
	private static final String BATCH = """
			UNWIND $uids AS uid
			MATCH (start:%1$s {uid: uid})
			%2$s
			%3$s
			WITH uid, start, reached, path, length ORDER BY %5$s
			WITH uid, start, collect({target: reached, p: path, length: length%4$s}) AS reaches
			RETURN uid, {reaches: reaches%6$s} AS reach""";

	/** Inline, beside the entity bound to {@code %1$s}: its reaches in order and, where they are its, the sources. */
	private static final String INLINE = """
			{reaches: COLLECT {
			%2$s
			%3$s
			  RETURN {target: reached, p: path, length: length%4$s} AS reach
			  ORDER BY %5$s
			}%6$s}""";

	/** The sources of {@code %s}, as a key of a map. */
	private static final String SOURCES = ", sources: [(%s)-[:SOURCED_BY]->(source:Source) | source]";

	/** The selections of a reach that ask for its whole path, not only its length. */
	private static final String PATH_NODES = "path/nodes";

	private static final String PATH_RELATIONSHIPS = "path/relationships";

	/** The selection of a reach that asks for the exemption's sources. */
	private static final String SOURCES_FIELD = "sources";

	/**
	 * What of a reach's selection changes its Cypher: the whole path or only its length, and the sources or none.
	 * Neither is read where it is not selected; a path costs ordering every path by the uids along it, and the
	 * sources are whole nodes.
	 */
	record Form(boolean wholePath, boolean sources) {

		static final List<Form> ALL = List.of(new Form(true, true), new Form(true, false), new Form(false, true),
				new Form(false, false));

		/** The form as part of a loader's name and of the key the root field's query text is kept under. */
		String key() {
			return (this.wholePath ? "path" : "length") + (this.sources ? "+sources" : "");
		}

		static Form of(DataFetchingEnvironment env) {
			return new Form(SelectedPaths.containsAny(env, PATH_NODES, PATH_RELATIONSHIPS),
					SelectedPaths.containsAny(env, SOURCES_FIELD));
		}

		static Form of(SelectedField selected) {
			return new Form(!SelectedPaths.at(selected.getSelectionSet(), PATH_NODES).isEmpty()
					|| !SelectedPaths.at(selected.getSelectionSet(), PATH_RELATIONSHIPS).isEmpty(),
					!SelectedPaths.at(selected.getSelectionSet(), SOURCES_FIELD).isEmpty());
		}

	}

	/**
	 * One way of reaching, and the field that asks for it: from the kind of entity it starts at, along which
	 * paths, to which kind, whose sources are given (the start's, read once for all its reaches, or each reached
	 * exemption's) and in which order the reaches come. Each {@link Form} is a query and a batch loader of its own;
	 * the batch queries are rendered once.
	 */
	static final class Way<T, R> implements InlineField {

		private final EntityKind start;

		private final String field;

		private final String paths;

		private final boolean sourcesOfStart;

		private final String order;

		private final Class<T> type;

		private final ReachFactory<T, R> factory;

		private final Map<Form, String> batches = new HashMap<>();

		Way(EntityKind start, String field, String paths, boolean sourcesOfStart, String order, Class<T> type,
				ReachFactory<T, R> factory) {
			this.start = start;
			this.field = field;
			this.paths = paths;
			this.sourcesOfStart = sourcesOfStart;
			this.order = order;
			this.type = type;
			this.factory = factory;
			Form.ALL.forEach(form -> this.batches.put(form, render(BATCH, "start", "uid, start", form)));
		}

		/** A template with the start bound to {@code node} (and the variables kept, {@code kept}) in a form. */
		private String render(String template, String node, String kept, Form form) {
			boolean inline = template.equals(INLINE);
			return template.formatted(this.start.label(), indented(this.paths.formatted(node), inline),
					indented((form.wholePath() ? WHOLE_PATH : LENGTH_ONLY).formatted(kept), inline),
					(form.sources() && !this.sourcesOfStart) ? SOURCES.formatted("reached") : "", this.order,
					(form.sources() && this.sourcesOfStart) ? SOURCES.formatted(node) : "");
		}

		private static String indented(String cypher, boolean inline) {
			return inline ? cypher.indent(2).stripTrailing() : cypher;
		}

		String batchQuery(Form form) {
			return Objects.requireNonNull(this.batches.get(form), "a query for every form");
		}

		/** The batch loader of this field for a form. */
		String loader(Form form) {
			return "reach:" + this.field + ":" + form.key();
		}

		@Override
		public EntityKind kind() {
			return this.start;
		}

		@Override
		public String field() {
			return this.field;
		}

		@Override
		public String form(SelectedField selected) {
			return Form.of(selected).key();
		}

		@Override
		public String loader(DataFetchingEnvironment env) {
			return loader(Form.of(env));
		}

		@Override
		public String cypher(String node, String form) {
			return render(INLINE, node, node, Form.ALL.stream()
				.filter(f -> f.key().equals(form))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no form " + form)));
		}

		/** The reaches from what the query returned for one start: the map of its reaches and the start's sources. */
		@Override
		public List<R> items(Value value) {
			List<Source> ofStart = sources(value.get(SOURCES_FIELD));
			return value.get("reaches").asList(reach -> {
				GraphPath path = reach.get("p").isNull() ? GraphPath.ofLength(reach.get("length").asInt())
						: GraphPath.of(reach.get("p").asPath());
				return this.factory.create(this.type.cast(Entities.of(reach.get("target"))), path,
						this.sourcesOfStart ? ofStart : sources(reach.get(SOURCES_FIELD)));
			});
		}

		/** Sources in the order navigation lists them, none where the form did not read them. */
		private static List<Source> sources(Value sources) {
			return sources.isNull() ? List.of()
					: sources.asList(v -> (Source) Entities.of(v)).stream().sorted(Entities.LISTED).toList();
		}

	}

	/** {@code Exemption.industriesReached}. */
	static final Way<Industry, IndustryReach> INDUSTRIES_REACHED = new Way<>(EntityKind.EXEMPTION, "industriesReached",
			FROM_EXEMPTION, true, "reached.naicsCode", Industry.class, IndustryReach::new);

	/** {@code Industry.exemptionsReaching}. */
	static final Way<Exemption, ExemptionReach> EXEMPTIONS_REACHING = new Way<>(EntityKind.INDUSTRY, "exemptionsReaching",
			TO_INDUSTRY, false, "reached.id", Exemption.class, ExemptionReach::new);

	private final GraphReader reader;

	Reaches(GraphReader reader, BatchLoaderRegistry loaders) {
		this.reader = reader;
		register(loaders, INDUSTRIES_REACHED);
		register(loaders, EXEMPTIONS_REACHING);
	}

	private <R> void register(BatchLoaderRegistry loaders, Way<?, R> way) {
		for (Form form : Form.ALL) {
			loaders.<String, List<R>>forName(way.loader(form))
				.registerMappedBatchLoader((uids, env) -> Mono.fromCallable(() -> reaches(way, form, List.copyOf(uids))));
		}
	}

	/** The exemptions that reach each industry, by the industry's uid, in id order, read as the selection asks. */
	Map<String, List<ExemptionReach>> exemptionsReaching(List<String> industries, DataFetchingEnvironment env) {
		return reaches(EXEMPTIONS_REACHING, Form.of(env), industries);
	}

	/** How one reach is made from the entity reached, the path and the sources. */
	@FunctionalInterface
	private interface ReachFactory<T, R> {

		R create(T target, GraphPath path, List<Source> sources);

	}

	/**
	 * Runs a reach query for several uids, every uid in the answer (with no reaches, an empty list). The query
	 * keeps one reach per (uid, entity reached), with the shortest path: many paths lead to the same industry, and
	 * sending them all cost more than the question (query benchmark).
	 */
	private <R> Map<String, List<R>> reaches(Way<?, R> way, Form form, List<String> uids) {
		Map<String, List<R>> byUid = new LinkedHashMap<>();
		uids.forEach(uid -> byUid.put(uid, List.of()));
		this.reader.list(way.batchQuery(form), Map.of("uids", uids), record -> record)
			.forEach(record -> byUid.put(record.get("uid").asString(), way.items(record.get("reach"))));
		return byUid;
	}

}
