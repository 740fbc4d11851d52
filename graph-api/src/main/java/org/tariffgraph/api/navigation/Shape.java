package org.tariffgraph.api.navigation;

import java.util.Objects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.RelationshipType;
import org.tariffgraph.model.read.Entities;
import org.tariffgraph.model.read.ListedOrder;

/**
 * What a request reads of an entity, taken from its selection set: the node properties its fields are made
 * of, and for each navigation field selected (by result key, so aliases stay apart) the step to the entities
 * it reaches and what is read of them. Entities of several kinds (a field of type {@code Entity}) read, per
 * kind, what the fragments for that kind select. Fields the shape does not know (a question's own fields like
 * {@code exemptionsReaching}) are left to their data fetchers.
 * @param kinds the kinds the entity may be: one, or every kind where the schema says {@code Entity}
 * @param properties node properties to read; always the key of an entity of one kind, from which its uid is made
 *        ({@link Entities#of(EntityKind, org.neo4j.driver.types.MapAccessor)}), sparing the database a second
 *        property read per entity (a fifth of the server's time for 100 measures with their goods); the uid itself
 *        of an entity that may be of several kinds, rather than every kind's key, each a read of its own
 * @param nested per result key of a navigation field, the step each kind takes for it
 * @param inline per result key of an {@link InlineField} selected of an entity of one kind, the field and its form
 */
record Shape(Set<EntityKind> kinds, Set<String> properties, Map<String, Map<EntityKind, Step>> nested,
		Map<String, Inlined> inline) {

	/** An {@link InlineField} selected, in the form its selection asks for. */
	record Inlined(InlineField field, String form) {
	}

	/**
	 * One navigation field from an entity: along a relationship to entities of a kind (any when null),
	 * one or a list, and what is read of them. A {@link Hop} without the type it starts from, so that the kinds
	 * of an {@code Entity} that share a field's step compare equal ({@link #commonStep}).
	 */
	record Step(String field, RelationshipType relationship, boolean outgoing, @Nullable EntityKind target, boolean single,
			Shape shape) {
	}

	private static final Map<EntityKind, Set<String>> COMPONENTS = Arrays.stream(EntityKind.values())
		.collect(Collectors.toMap(kind -> kind, kind -> Arrays.stream(Entities.type(kind).getRecordComponents())
			.map(component -> component.getName())
			.collect(Collectors.toUnmodifiableSet())));

	/**
	 * The shape of an entity of one of {@code kinds} of which {@code fields} are selected; of the
	 * {@code inlineFields}, those selected of an entity of one kind are read with it.
	 */
	static Shape of(Set<EntityKind> kinds, List<SelectedField> fields, Map<EntityKind, Map<String, InlineField>> inlineFields) {
		return of(kinds, fields, inlineFields, false);
	}

	/** The shape of the entities a hop reaches, of which {@code fields} are selected: what its batch load reads. */
	static Shape reached(Hop hop, List<SelectedField> fields, Map<EntityKind, Map<String, InlineField>> inlineFields) {
		return of(kinds(hop.target()), fields, inlineFields, !hop.single());
	}

	/**
	 * The same; an entity {@code listed} in a navigation field's list also reads its kind's date, by which the list
	 * is sorted ({@link ListedOrder#LISTED}).
	 */
	private static Shape of(Set<EntityKind> kinds, List<SelectedField> fields,
			Map<EntityKind, Map<String, InlineField>> inlineFields, boolean listed) {
		Set<String> properties = new LinkedHashSet<>(
				List.of((kinds.size() == 1) ? kinds.iterator().next().keyProperty() : "uid"));
		if (listed) {
			kinds.forEach(kind -> kind.dateProperty().ifPresent(properties::add));
		}
		Map<String, Map<EntityKind, Hop>> hops = new LinkedHashMap<>();
		Map<String, Map<EntityKind, List<SelectedField>>> below = new LinkedHashMap<>();
		Map<String, Inlined> inline = new LinkedHashMap<>();
		for (SelectedField field : fields) {
			for (EntityKind kind : kinds) {
				if (!field.getObjectTypeNames().contains(kind.label())) {
					continue;
				}
				Hop hop = Hops.BY_KIND.getOrDefault(kind, Map.of()).get(field.getName());
				InlineField inlineField = inlineFields.getOrDefault(kind, Map.of()).get(field.getName());
				if (inlineField != null && kinds.size() == 1) {
					inline.put(field.getResultKey(), new Inlined(inlineField, inlineField.form(field)));
				}
				else if (hop != null) {
					hops.computeIfAbsent(field.getResultKey(), key -> new LinkedHashMap<>()).put(kind, hop);
					below.computeIfAbsent(field.getResultKey(), key -> new LinkedHashMap<>())
						.computeIfAbsent(kind, k -> new ArrayList<>())
						.addAll(field.getSelectionSet().getImmediateFields());
				}
				else if (field.getName().equals("displayName")) {
					properties.addAll(Entities.displayProperties(kind));
				}
				else if (Objects.requireNonNull(COMPONENTS.get(kind)).contains(field.getName())) {
					properties.add(Entities.property(kind, field.getName()));
				}
			}
		}
		Map<String, Map<EntityKind, Step>> nested = new LinkedHashMap<>();
		hops.forEach((key, byKind) -> {
			// every hop's key and kind had its selection gathered with it above
			Map<EntityKind, List<SelectedField>> selected = Objects.requireNonNull(below.get(key));
			Map<EntityKind, Step> steps = new LinkedHashMap<>();
			byKind.forEach((kind, hop) -> steps.put(kind, new Step(hop.field(), hop.relationship(), hop.outgoing(), hop.target(),
					hop.single(), of(kinds(hop.target()), Objects.requireNonNull(selected.get(kind)), inlineFields, !hop.single()))));
			nested.put(key, steps);
		});
		// ordered sets, so that one selection always gives the same query text and Neo4j's plan cache serves it
		return new Shape(Collections.unmodifiableSet(EnumSet.copyOf(kinds)), Collections.unmodifiableSet(properties),
				Collections.unmodifiableMap(nested), Collections.unmodifiableMap(inline));
	}

	/** The kinds an entity reached by a hop may be. */
	static Set<EntityKind> kinds(@Nullable EntityKind target) {
		return (target != null) ? EnumSet.of(target) : EnumSet.allOf(EntityKind.class);
	}

	/**
	 * The one step every kind of this entity takes for a result key, where they agree; a kind without a
	 * navigation field of that name does not disagree (the {@code sources} of a source are not navigated).
	 */
	@Nullable Step commonStep(String key) {
		Map<EntityKind, Step> steps = this.nested.get(key);
		if (steps == null) {
			return null;
		}
		Set<Step> distinct = Set.copyOf(steps.values());
		if (distinct.size() != 1) {
			return null;
		}
		String field = distinct.iterator().next().field();
		for (EntityKind kind : this.kinds) {
			if (!steps.containsKey(kind) && Hops.BY_KIND.getOrDefault(kind, Map.of()).containsKey(field)) {
				return null;
			}
		}
		return distinct.iterator().next();
	}

}
