package org.tariffgraph.api.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.scheduler.BatchLoaderScheduler;

/**
 * Runs every batch load within the budget of the request it serves ({@link RequestBudget}), taken from the
 * request's context that the batch loader environment carries: one place for all DataLoaders, navigation and
 * {@code @BatchMapping} alike, instead of each binding the budget itself. The loads run at once, on the thread
 * that dispatches them, as without a scheduler.
 */
public final class BudgetedBatchLoads implements BatchLoaderScheduler {

	@Override
	public <K, V> CompletionStage<List<V>> scheduleBatchLoader(ScheduledBatchLoaderCall<V> call, List<K> keys,
			BatchLoaderEnvironment environment) {
		return within(environment, call::invoke);
	}

	@Override
	public <K, V> CompletionStage<Map<K, V>> scheduleMappedBatchLoader(ScheduledMappedBatchLoaderCall<K, V> call,
			List<K> keys, BatchLoaderEnvironment environment) {
		return within(environment, call::invoke);
	}

	@Override
	public <K> void scheduleBatchPublisher(ScheduledBatchPublisherCall call, List<K> keys,
			BatchLoaderEnvironment environment) {
		within(environment, () -> {
			call.invoke();
			return CompletableFuture.completedFuture(null);
		});
	}

	private static <T> CompletionStage<T> within(BatchLoaderEnvironment environment,
			Callable<CompletionStage<T>> load) {
		try {
			return RequestBudget.within(environment.getContext(), load);
		}
		catch (Exception ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

}
