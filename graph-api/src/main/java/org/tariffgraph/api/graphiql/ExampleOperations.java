package org.tariffgraph.api.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The example operations of {@code classpath:graphiql-examples/}, in the order of their file names: GraphiQL
 * opens them as tabs, the start page links to them.
 */
@Component
public final class ExampleOperations {

	/**
	 * One example.
	 * @param question what it asks, from the comment lines it starts with
	 * @param document the whole operation, comments included, as GraphiQL shows it
	 */
	public record Example(String question, String document) {
	}

	private final List<Example> examples;

	ExampleOperations() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphiql-examples/*.graphql");
		this.examples = Arrays.stream(files)
			.sorted(Comparator.comparing(Resource::getFilename))
			.map(ExampleOperations::read)
			.map(document -> new Example(question(document), document))
			.toList();
	}

	public List<Example> all() {
		return this.examples;
	}

	private static String question(String document) {
		return document.lines()
			.takeWhile(line -> line.startsWith("#"))
			.map(line -> line.substring(1).strip())
			.collect(Collectors.joining(" "));
	}

	static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
