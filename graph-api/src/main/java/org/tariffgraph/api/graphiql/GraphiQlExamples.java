package org.tariffgraph.api.graphiql;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves GraphiQL ({@code tariff-graph-graphiql.html}) with one tab per example operation, so that a newcomer
 * has questions to run at once. Its script and styles come from jars on the classpath (GraphiQL's npm package
 * through mvnpm, React through WebJars), served by Spring Boot from {@code META-INF/resources}, so the page works
 * without internet; it names their versions as read from those jars, so a version is written once, in the
 * build. {@code spring.graphql.graphiql.enabled} is off in favour of this page.
 */
@Controller
final class GraphiQlExamples {

	private final String page;

	GraphiQlExamples(ExampleOperations examples, JsonMapper json) {
		String tabs = json.writeValueAsString(examples.all().stream().map(e -> Map.of("query", e.document())).toList());
		this.page = ExampleOperations.read(new ClassPathResource("tariff-graph-graphiql.html"))
			.replace("{{graphiql}}", version("org.mvnpm", "graphiql"))
			.replace("{{react}}", version("org.webjars.npm", "react"))
			.replace("{{react-dom}}", version("org.webjars.npm", "react-dom"))
			// JSON inside a script element: "</" would end the element early
			.replace("/*EXAMPLE_TABS*/[]", tabs.replace("</", "<\\/"));
	}

	@GetMapping(path = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> graphiql() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(this.page);
	}

	/** The version of a jar on the classpath, from the Maven metadata every such jar carries. */
	static String version(String group, String artifact) {
		var resource = new ClassPathResource("META-INF/maven/" + group + "/" + artifact + "/pom.properties");
		try (var in = resource.getInputStream()) {
			var properties = new Properties();
			properties.load(in);
			return Objects.requireNonNull(properties.getProperty("version"), "no version in " + resource);
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"GraphiQL's files are missing from the classpath: " + group + ":" + artifact, ex);
		}
	}

}
