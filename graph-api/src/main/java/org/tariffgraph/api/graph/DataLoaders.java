package org.tariffgraph.api.graph;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/** The request's DataLoaders, which Spring registers for every request by the names the controllers use. */
public final class DataLoaders {

	private DataLoaders() {
	}

	/**
	 * The DataLoader registered as {@code name}.
	 * @throws IllegalStateException where none is: a name no registration uses, a bug
	 */
	public static <K, V> DataLoader<K, V> named(DataFetchingEnvironment env, String name) {
		DataLoader<K, V> loader = env.getDataLoader(name);
		if (loader == null) {
			throw new IllegalStateException("No DataLoader is registered as " + name);
		}
		return loader;
	}

}
