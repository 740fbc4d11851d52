package org.tariffgraph.benchmarks.query;

import java.util.Objects;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.tariffgraph.api.TariffGraphApi;
import org.tariffgraph.model.testing.CountingDriver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Asks each question over HTTP at each concurrency, and the same answer of the driver directly, in rounds
 * that take turns after a warm-up; reports throughput, latency percentiles, the GraphQL/Cypher ratios and the queries each
 * request sent. Load, API and database share this machine's cores: the ratios, not the absolute figures, are
 * what to compare over time.
 */
public final class QueryBenchmark {

	/** The figures of one question at one concurrency. */
	public record Figure(String question, int concurrency, Stats graphQl, Stats cypher, double queriesPerRequest) {

		public double throughputRatio() {
			return this.graphQl.throughput() / this.cypher.throughput();
		}

		public double p50Ratio() {
			return this.graphQl.p50Ms() / this.cypher.p50Ms();
		}

	}

	/** Medians over rounds; the spread is the lowest and highest round throughput. */
	public record Stats(double throughput, double p50Ms, double p95Ms, double p99Ms, double minThroughput,
			double maxThroughput) {
	}

	private final TimedRounds timed;

	private final Duration warmup;

	/**
	 * @param rounds measured rounds per figure
	 * @param roundLength how long each client asks in a round, one request after the other
	 * @param warmup how long all questions are asked, both ways taking turns, before any is measured
	 */
	public QueryBenchmark(int rounds, Duration roundLength, Duration warmup) {
		this.timed = new TimedRounds(rounds, roundLength);
		this.warmup = warmup;
	}

	public List<Figure> run(String boltUri, Driver direct, List<Integer> concurrencies) throws Exception {
		return run(boltUri, direct, concurrencies, Questions.pick(direct));
	}

	/** The product questions on the main job's graph, in {@code direct}'s database. */
	public List<Figure> runProducts(String boltUri, Driver direct, List<Integer> concurrencies) throws Exception {
		return run(boltUri, direct, concurrencies, ProductQuestions.pick(direct));
	}

	private List<Figure> run(String boltUri, Driver direct, List<Integer> concurrencies, List<Question> questions)
			throws Exception {
		AtomicLong apiQueries = new AtomicLong();
		try (ConfigurableApplicationContext application = api(boltUri, apiQueries);
				GraphQlClient http = new GraphQlClient(endpoint(application), connections(concurrencies))) {
			JsonMapper json = JsonMapper.builder().build();
			List<Asked> asked = new ArrayList<>();
			for (Question question : questions) {
				String body = json.writeValueAsString(Map.of("query", question.graphQl(), "variables", question.variables()));
				if (question.sameAnswer() != null) {
					var difference = question.sameAnswer().difference(json.readTree(http.post(body)),
							direct.executableQuery(question.cypher()).withParameters(question.params()).execute().records());
					if (difference.isPresent()) {
						throw new IllegalStateException(question.name() + ": not the same answer: " + difference.get());
					}
				}
				asked.add(new Asked(question.name(), () -> http.post(body),
						() -> direct.executableQuery(question.cypher()).withParameters(question.params()).execute()));
			}
			return measureAll(asked, concurrencies, apiQueries);
		}
	}

	/**
	 * The questions both can answer, asked of the API and of the Neo4j GraphQL Library on the same database, taking
	 * turns; each pair of answers is compared before anything is timed. In the figures the peer stands where the
	 * Cypher baseline stands elsewhere.
	 */
	public List<Figure> runPeer(String boltUri, List<Integer> concurrencies, Peer peer, Path peerFolder)
			throws Exception {
		AtomicLong apiQueries = new AtomicLong();
		try (ConfigurableApplicationContext application = api(boltUri, apiQueries);
				GraphQlClient http = new GraphQlClient(endpoint(application), connections(concurrencies));
				GraphQlClient other = new GraphQlClient(peer.endpoint(), connections(concurrencies))) {
			JsonMapper json = JsonMapper.builder().build();
			List<Asked> asked = new ArrayList<>();
			for (var question : PeerQuestions.read(peerFolder, json)) {
				String ours = json.writeValueAsString(Map.of("query", question.tariffGraph()));
				String theirs = json.writeValueAsString(Map.of("query", question.peer()));
				var difference = question.difference(json, http.post(ours), other.post(theirs));
				if (difference.isPresent()) {
					throw new IllegalStateException(question.name() + ": not the same answer: " + difference.get());
				}
				asked.add(new Asked(question.name(), () -> http.post(ours), () -> other.post(theirs)));
			}
			return measureAll(asked, concurrencies, apiQueries);
		}
	}

	private List<Figure> measureAll(List<Asked> asked, List<Integer> concurrencies, AtomicLong apiQueries)
			throws Exception {
		warmUp(asked);
		List<Figure> figures = new ArrayList<>();
		for (Asked question : asked) {
			for (int concurrency : concurrencies) {
				apiQueries.set(0);
				TimedRounds.Measured measured = this.timed.measure(question.graphQl(), question.cypher(), concurrency);
				figures.add(new Figure(question.name(), concurrency, measured.api(), measured.baseline(),
						apiQueries.get() / (double) measured.apiRequests()));
			}
		}
		return figures;
	}

	/** The API on the database, counting the Cypher queries it sends. */
	private static ConfigurableApplicationContext api(String boltUri, AtomicLong apiQueries) {
		return new SpringApplicationBuilder(TariffGraphApi.class)
			.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof Driver driver) ? CountingDriver.wrap(driver, apiQueries) : bean;
				}
			}))
			.run("--server.port=0", "--spring.neo4j.uri=" + boltUri, "--logging.level.root=WARN",
					"--spring.main.banner-mode=off", "--spring.neo4j.pool.max-connection-pool-size=64");
	}

	private static URI endpoint(ConfigurableApplicationContext application) {
		var server = Objects.requireNonNull(((WebServerApplicationContext) application).getWebServer(),
				"the API serves HTTP");
		return URI.create("http://localhost:" + server.getPort() + "/graphql");
	}

	private static int connections(List<Integer> concurrencies) {
		return concurrencies.stream().mapToInt(Integer::intValue).max().orElse(1);
	}

	/** A question ready to be asked both ways. */
	private record Asked(String name, Runnable graphQl, Runnable cypher) {
	}

	/**
	 * Every question both ways, taking turns, for the warm-up time, before any is timed: the JIT compiles the
	 * API's path (Tomcat, Spring, graphql-java, the driver, the database) over minutes, not over a few hundred
	 * requests, and a question timed before that is done measures the compiler. With 300 requests per question,
	 * the server's own time for a request that reads nothing was still 0.8 ms, against 0.09 ms once warm.
	 */
	private void warmUp(List<Asked> questions) {
		long warmedUp = System.nanoTime() + this.warmup.toNanos();
		do {
			for (Asked question : questions) {
				question.graphQl().run();
				question.cypher().run();
			}
		}
		while (System.nanoTime() < warmedUp);
	}


}
