package org.tariffgraph.api.start;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tariffgraph.api.graphiql.ExampleOperations;
import org.tariffgraph.model.EntityKind;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The page at {@code /}, for people: what Tariff Graph is, how many entities of each kind it holds, the example
 * questions as links into GraphiQL, how to open Neo4j Browser, the schema and health. Rendered on the server,
 * every value escaped, so it needs no script and shows the counts even where scripts are off.
 */
@Controller
final class StartPage {

	private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm z", Locale.ENGLISH);

	private final String template;

	private final GraphCounts counts;

	private final String examples;

	private final ObjectProvider<DatabaseBrowser> browser;

	StartPage(GraphCounts counts, ExampleOperations examples, ObjectProvider<DatabaseBrowser> browser) throws Exception {
		this.template = new ClassPathResource("tariff-graph-start.html").getContentAsString(StandardCharsets.UTF_8);
		this.counts = counts;
		this.examples = examples.all().stream()
			.map(e -> "<li><a href=\"/graphiql?query=%s\">%s</a></li>".formatted(
					HtmlUtils.htmlEscape(UriUtils.encodeQueryParam(e.document(), StandardCharsets.UTF_8)),
					HtmlUtils.htmlEscape(e.question())))
			.collect(Collectors.joining("\n        "));
		this.browser = browser;
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page() {
		String rows = this.counts.byKind().entrySet().stream()
			.map(e -> "<tr><th scope=\"row\">%s</th><td class=\"count\" data-kind=\"%s\">%s</td></tr>".formatted(
					HtmlUtils.htmlEscape(plural(e.getKey())), e.getKey().label(),
					String.format(Locale.ROOT, "%,d", e.getValue())))
			.collect(Collectors.joining("\n        "));
		String loaded = this.counts.imports().stream()
			.map(i -> "<li>%s: %s, %s rows, %s</li>".formatted(HtmlUtils.htmlEscape(i.what()), HtmlUtils.htmlEscape(i.name()),
					String.format(Locale.ROOT, "%,d", i.rows()), LOADED_AT.format(i.at())))
			.collect(Collectors.joining("\n        "));
		String page = this.template.replace("{{counts}}", rows)
			.replace("{{imports}}", loaded.isEmpty() ? "<li>by other means than Tariff Graph's importer</li>" : loaded)
			.replace("{{examples}}", this.examples)
			.replace("{{browser}}", browserSection());
		// counts change with every import: never served from a cache
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore()).body(page);
	}

	private String browserSection() {
		DatabaseBrowser access = this.browser.getIfAvailable();
		if (access == null) {
			return "<p>Open Neo4j Browser on the database this API reads, and connect with your credentials.</p>";
		}
		return """
				<p><a id="neo4j-browser" href="%s">Neo4j Browser</a> opens with Tariff Graph's guide and style:
				    the key questions as Cypher you can run, and captions by code and name.</p>
				<p>Log in as %s</p>""".formatted(HtmlUtils.htmlEscape(access.url()),
				HtmlUtils.htmlEscape(access.howToLogIn()));
	}

	/** The kind as people say it: "Tariff measures", "Goods". */
	static String plural(EntityKind kind) {
		String words = kind.label().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		String plural = words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies"
				: words.endsWith("s") ? words : words + "s";
		return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
	}

}
