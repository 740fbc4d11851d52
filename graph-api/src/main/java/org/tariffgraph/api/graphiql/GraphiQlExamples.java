package org.tariffgraph.api.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves GraphiQL (Spring's page, in {@code tariff-graph-graphiql.html}) with one tab per example operation
 * of {@code classpath:graphiql-examples/}, so that a newcomer has questions to run at once.
 * {@code spring.graphql.graphiql.enabled} is off in favour of this page.
 */
@Controller
final class GraphiQlExamples {

	private final String page;

	GraphiQlExamples(JsonMapper json) throws IOException {
		Resource[] examples = new PathMatchingResourcePatternResolver().getResources("classpath*:graphiql-examples/*.graphql");
		List<String> queries = Arrays.stream(examples)
			.sorted(Comparator.comparing(Resource::getFilename))
			.map(GraphiQlExamples::read)
			.toList();
		String tabs = json.writeValueAsString(queries.stream().map(q -> java.util.Map.of("query", q)).collect(Collectors.toList()));
		this.page = read(new ClassPathResource("tariff-graph-graphiql.html")).replace("/*EXAMPLE_TABS*/[]", tabs);
	}

	@GetMapping(path = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> graphiql() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(this.page);
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
