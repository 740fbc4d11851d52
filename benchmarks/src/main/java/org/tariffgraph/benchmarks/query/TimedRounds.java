package org.tariffgraph.benchmarks.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.tariffgraph.benchmarks.figures.Medians;
import org.tariffgraph.benchmarks.query.QueryBenchmark.Stats;

/**
 * How one figure is measured: rounds of the API and of the baseline, taking turns, each round a set time in which
 * every client asks, one request after the other; figures are medians over the rounds.
 */
final class TimedRounds {

	private final int rounds;

	private final Duration roundLength;

	TimedRounds(int rounds, Duration roundLength) {
		this.rounds = rounds;
		this.roundLength = roundLength;
	}

	/** The figures of both sides, and how many requests the API's rounds made, to count its queries per request. */
	record Measured(Stats api, Stats baseline, long apiRequests) {
	}

	/**
	 * Rounds of the API and of the baseline, taking turns, so that a busy spell of this shared machine falls on
	 * both rather than on one.
	 */
	Measured measure(Runnable graphQl, Runnable cypher, int concurrency) throws Exception {
		Round[] api = new Round[this.rounds];
		Round[] baseline = new Round[this.rounds];
		try (ExecutorService workers = Executors.newFixedThreadPool(concurrency)) {
			for (int round = 0; round < this.rounds; round++) {
				api[round] = round(workers, graphQl, concurrency);
				baseline[round] = round(workers, cypher, concurrency);
			}
		}
		return new Measured(Round.stats(api), Round.stats(baseline), Arrays.stream(api).mapToLong(Round::requests).sum());
	}

	/** The throughput, latency percentiles and number of requests of one round. */
	private record Round(double throughput, double p50, double p95, double p99, long requests) {

		static Stats stats(Round[] rounds) {
			double[] throughputs = Arrays.stream(rounds).mapToDouble(Round::throughput).toArray();
			return new Stats(Medians.of(throughputs), Medians.of(Arrays.stream(rounds).mapToDouble(Round::p50).toArray()),
					Medians.of(Arrays.stream(rounds).mapToDouble(Round::p95).toArray()),
					Medians.of(Arrays.stream(rounds).mapToDouble(Round::p99).toArray()),
					Arrays.stream(throughputs).min().orElse(0), Arrays.stream(throughputs).max().orElse(0));
		}

	}

	/**
	 * Every client asks, one request after the other, until the round's time is up. A round of so many requests
	 * instead (96, shared among the clients) gave each of 32 clients three, so that a round at concurrency 32 was
	 * mostly clients starting and finishing, and a few slow requests moved its median; at concurrency 1 it lasted a
	 * fifth of a second, a single busy spell of this shared machine.
	 */
	private Round round(ExecutorService workers, Runnable request, int concurrency) throws Exception {
		List<Future<long[]>> futures = new ArrayList<>();
		long start = System.nanoTime();
		long end = start + this.roundLength.toNanos();
		for (int w = 0; w < concurrency; w++) {
			futures.add(workers.submit(() -> {
				long[] latencies = new long[1024];
				int n = 0;
				long t = System.nanoTime();
				do {
					request.run();
					long done = System.nanoTime();
					if (n == latencies.length) {
						latencies = Arrays.copyOf(latencies, n * 2);
					}
					latencies[n++] = done - t;
					t = done;
				}
				while (t < end);
				return Arrays.copyOf(latencies, n);
			}));
		}
		List<long[]> each = new ArrayList<>();
		for (Future<long[]> future : futures) {
			each.add(future.get());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] sorted = each.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Round(sorted.length / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.length);
	}

	private static double ms(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
