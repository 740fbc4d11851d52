package org.tariffgraph.api.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Case;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.MapProjection;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Value;
import org.tariffgraph.api.graph.RequestBudget;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.ListedOrder;
import org.tariffgraph.model.read.GraphEntity;

/**
 * A {@link Shape} as Cypher and back: a map projection of a node with the shape's properties and, per
 * navigation field, a {@code COLLECT} subquery that projects the entities reached the same way. Decoding turns
 * the projection into entities, puts each list in the order the batch loads give ({@link ListedOrder#LISTED}, which
 * {@link NavigationWiring#order} is in Cypher), and hands what was read past them to {@link Prefetched}. The lists
 * are sorted here rather than by the subqueries: an {@code ORDER BY} in every subquery of every row took a fifth of
 * the server's time for 100 measures with their countries, goods and sources (4.9 against 3.8 ms, scale-1 graph),
 * and a few items sort in Java in microseconds. The first of a single hop is still chosen by the query.
 */
final class Projection {

	/** Keys of navigation fields start with this, which no GraphQL name or property of the graph does. */
	private static final String NESTED = "~";

	private static final String LABELS = "~labels";

	private int names;

	private Projection() {
	}

	/** The projection of {@code node} in {@code shape}. */
	static Expression of(Shape shape, SymbolicName node) {
		return new Projection().project(shape, node);
	}

	private Expression project(Shape shape, SymbolicName node) {
		List<Object> content = new ArrayList<>(shape.properties());
		if (shape.kinds().size() > 1) {
			content.add(LABELS);
			content.add(Cypher.labels(node));
		}
		shape.nested().forEach((key, steps) -> {
			Shape.Step common = shape.commonStep(key);
			Expression value;
			if (common != null) {
				value = step(common, node);
			}
			else {
				// a field of type Entity whose fragments differ by kind: each kind takes its own step
				Case choice = Cypher.caseExpression();
				for (var entry : steps.entrySet()) {
					choice = choice.when(Cypher.hasLabelsOrType(node, entry.getKey().label())).then(step(entry.getValue(), node));
				}
				value = choice;
			}
			content.add(NESTED + key);
			content.add(value);
		});
		shape.inline().forEach((key, inlined) -> {
			content.add(NESTED + key);
			content.add(Cypher.raw(inlined.field().cypher(node.getValue(), inlined.form())));
		});
		return MapProjection.create(node, content.toArray());
	}

	private Expression step(Shape.Step step, SymbolicName from) {
		var pattern = NavigationWiring.pattern(Cypher.anyNode(from), step.relationship(), step.outgoing(), step.target(),
				"hop" + (++this.names));
		Node b = pattern.getRight();
		var reached = Cypher.match(pattern)
			.returning(project(step.shape(), b.getRequiredSymbolicName()).as(b.getRequiredSymbolicName().getValue() + "_"));
		if (step.single()) {
			return Cypher.head(Cypher.collect(reached.orderBy(NavigationWiring.order(step.target(), b)).limit(1).build()));
		}
		return Cypher.collect(reached.build());
	}

	/** The entity a projection in {@code shape} holds; what it holds past the entity goes to {@code sink}. */
	static GraphEntity decode(Shape shape, Value value, Prefetched sink) {
		EntityKind kind = (shape.kinds().size() == 1) ? shape.kinds().iterator().next() : kind(value.get(LABELS));
		GraphEntity entity = Entities.of(kind, value);
		Map<String, Object> reached = new HashMap<>();
		shape.nested().forEach((key, steps) -> {
			Shape.Step step = steps.get(kind);
			if (step == null) {
				return;
			}
			Value nested = value.get(NESTED + key);
			if (step.single()) {
				reached.put(key, nested.isNull() ? null : counted(step.shape(), nested, sink));
			}
			else {
				List<GraphEntity> items = new ArrayList<>(nested.asList(item -> counted(step.shape(), item, sink)));
				ListedOrder.sortListed(items, step.target());
				reached.put(key, items);
			}
		});
		shape.inline().forEach((key, inlined) -> {
			List<?> items = inlined.field().items(value.get(NESTED + key));
			items.forEach(item -> RequestBudget.read());
			reached.put(key, items);
		});
		if (!reached.isEmpty()) {
			sink.put(entity, reached);
		}
		return entity;
	}

	/**
	 * The same, counted against the request's allowance of items ({@link RequestBudget}): every entity but
	 * the one of the row, which {@link org.tariffgraph.api.graph.GraphReader} counts as it arrives.
	 */
	static GraphEntity counted(Shape shape, Value value, Prefetched sink) {
		RequestBudget.read();
		return decode(shape, value, sink);
	}

	private static EntityKind kind(Value labels) {
		return labels.asList(Value::asString)
			.stream()
			.flatMap(label -> EntityKind.byLabel(label).stream())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("An entity without a kind's label: " + labels));
	}

}
