package org.tariffgraph.api.exemption;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.tariffgraph.api.graph.SelectedPaths;

/**
 * What of a reach's selection changes its Cypher: the whole path or only its length, and the sources or none.
 * Neither is read where it is not selected; a path costs ordering every path by the uids along it, and the
 * sources are whole nodes.
 */
record ReachForm(boolean wholePath, boolean sources) {

	/** Every form, each a query and a batch loader of its own. */
	static final List<ReachForm> ALL = List.of(new ReachForm(true, true), new ReachForm(true, false),
			new ReachForm(false, true), new ReachForm(false, false));

	/** The selections of a reach that ask for its whole path, not only its length. */
	private static final String PATH_NODES = "path/nodes";

	private static final String PATH_RELATIONSHIPS = "path/relationships";

	/** The selection of a reach that asks for the exemption's sources. */
	static final String SOURCES_FIELD = "sources";

	/** The form as part of a loader's name and of the key the root field's query text is kept under. */
	String key() {
		return (this.wholePath ? "path" : "length") + (this.sources ? "+sources" : "");
	}

	/** The form a key names. */
	static ReachForm of(String key) {
		return ALL.stream()
			.filter(form -> form.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no form " + key));
	}

	static ReachForm of(DataFetchingEnvironment env) {
		return new ReachForm(SelectedPaths.containsAny(env, PATH_NODES, PATH_RELATIONSHIPS),
				SelectedPaths.containsAny(env, SOURCES_FIELD));
	}

	static ReachForm of(SelectedField selected) {
		return new ReachForm(!SelectedPaths.at(selected.getSelectionSet(), PATH_NODES).isEmpty()
				|| !SelectedPaths.at(selected.getSelectionSet(), PATH_RELATIONSHIPS).isEmpty(),
				!SelectedPaths.at(selected.getSelectionSet(), SOURCES_FIELD).isEmpty());
	}

}
