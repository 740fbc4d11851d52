package org.tariffgraph.api.navigation;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.neo4j.driver.Value;
import org.tariffgraph.model.EntityKind;

/**
 * A list field of an entity that a question's own Cypher answers rather than a hop (an exemption's
 * {@code industriesReached}), read inside the query of the root field that returns the entity, as a
 * {@code COLLECT} subquery beside its properties, so that it costs no query of its own. Where the entity comes from
 * elsewhere (a question's own query, a field of type {@code Entity}), the DataLoader {@link #loader} names loads
 * it: {@link NavigationWiring} wires the field as it wires a hop. A bean of the package that owns the question.
 */
public interface InlineField {

	/** The kind of entity the field belongs to. */
	EntityKind kind();

	/** The field's name in the schema. */
	String field();

	/**
	 * What of the field's selection changes its Cypher, such as whether a path's nodes are selected or only its
	 * length: part of the key under which the query's text is kept.
	 */
	String form(SelectedField selected);

	/** The DataLoader that loads the field where the query that read its entity did not, for its selection. */
	String loader(DataFetchingEnvironment env);

	/**
	 * An expression of the field's items for the entity bound to {@code node}, such as a {@code COLLECT} subquery
	 * in the order the field lists them, or a map of it and what its items share. Fixed text with the node's name put
	 * in, never input.
	 */
	String cypher(String node, String form);

	/** The field's items, in order, from what the subquery returned for the entity. */
	List<?> items(Value value);

}
