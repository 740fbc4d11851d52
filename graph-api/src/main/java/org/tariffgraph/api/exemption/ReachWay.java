package org.tariffgraph.api.exemption;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.neo4j.driver.Value;
import org.tariffgraph.api.graph.GraphPath;
import org.tariffgraph.api.navigation.InlineField;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.ListedOrder;
import org.tariffgraph.model.read.Source;

/**
 * One way of reaching, and the field that asks for it: from the kind of entity it starts at, along which
 * paths, to which kind, whose sources are given (the start's, read once for all its reaches, or each reached
 * exemption's) and in which order the reaches come. Each {@link ReachForm} is a query and a batch loader of its own;
 * the batch queries are rendered once.
 */
final class ReachWay<T, R> implements InlineField {

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
	 * A batch load ({@code %1$s} the start's label, the paths, the path's form, each reach's sources, the order and
	 * the start's sources): for each uid of {@code $uids} that reaches anything, one row with its reaches in order and, where
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

	private final EntityKind start;

	private final String field;

	private final String paths;

	private final boolean sourcesOfStart;

	private final String order;

	private final Class<T> type;

	private final ReachFactory<T, R> factory;

	private final Map<ReachForm, String> batches = new HashMap<>();

	ReachWay(EntityKind start, String field, String paths, boolean sourcesOfStart, String order, Class<T> type,
			ReachFactory<T, R> factory) {
		this.start = start;
		this.field = field;
		this.paths = paths;
		this.sourcesOfStart = sourcesOfStart;
		this.order = order;
		this.type = type;
		this.factory = factory;
		ReachForm.ALL.forEach(form -> this.batches.put(form, render(BATCH, "start", "uid, start", form, 0)));
	}

	/**
	 * A template with the start bound to {@code node} (and the variables kept, {@code kept}) in a form; the parts
	 * indented by {@code indent} spaces, as they stand inside the template.
	 */
	private String render(String template, String node, String kept, ReachForm form, int indent) {
		return template.formatted(this.start.label(), indented(this.paths.formatted(node), indent),
				indented((form.wholePath() ? WHOLE_PATH : LENGTH_ONLY).formatted(kept), indent),
				(form.sources() && !this.sourcesOfStart) ? SOURCES.formatted("reached") : "", this.order,
				(form.sources() && this.sourcesOfStart) ? SOURCES.formatted(node) : "");
	}

	private static String indented(String cypher, int indent) {
		return (indent == 0) ? cypher : cypher.indent(indent).stripTrailing();
	}

	String batchQuery(ReachForm form) {
		return Objects.requireNonNull(this.batches.get(form), "a query for every form");
	}

	/** The batch loader of this field for a form. */
	String loader(ReachForm form) {
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
		return ReachForm.of(selected).key();
	}

	@Override
	public String loader(DataFetchingEnvironment env) {
		return loader(ReachForm.of(env));
	}

	@Override
	public String cypher(String node, String form) {
		return render(INLINE, node, node, ReachForm.of(form), 2);
	}

	/** The reaches from what the query returned for one start: the map of its reaches and the start's sources. */
	@Override
	public List<R> items(Value value) {
		List<Source> ofStart = sources(value.get(ReachForm.SOURCES_FIELD));
		return value.get("reaches").asList(reach -> {
			GraphPath path = reach.get("p").isNull() ? GraphPath.ofLength(reach.get("length").asInt())
					: GraphPath.of(reach.get("p").asPath());
			return this.factory.create(this.type.cast(Entities.of(reach.get("target"))), path,
					this.sourcesOfStart ? ofStart : sources(reach.get(ReachForm.SOURCES_FIELD)));
		});
	}

	/** Sources in the order navigation lists them, none where the form did not read them. */
	private static List<Source> sources(Value sources) {
		return sources.isNull() ? List.of()
				: sources.asList(v -> (Source) Entities.of(v)).stream().sorted(ListedOrder.LISTED).toList();
	}

	/** How one reach is made from the entity reached, the path and the sources. */
	@FunctionalInterface
	interface ReachFactory<T, R> {

		R create(T target, GraphPath path, List<Source> sources);

	}

}
