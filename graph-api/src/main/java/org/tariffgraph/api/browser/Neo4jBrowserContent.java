package org.tariffgraph.api.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tariff Graph's guide and style for Neo4j Browser ({@code static/neo4j-browser/}), which Browser fetches from
 * its own origin (the database's HTTP port) when told to by {@code browser.post_connect_cmd}. Both are public
 * files, so any origin may read them, without credentials, with whatever headers it sends: Browser adds
 * {@code Cache-Control} and {@code Pragma} to the guide's request, and its error reporting adds tracing headers
 * ({@code sentry-trace}, {@code baggage}) to every request, so a preflight must admit any header.
 */
@Configuration(proxyBeanMethods = false)
public class Neo4jBrowserContent implements WebMvcConfigurer {

	/** Where the guide and the style are served. */
	static final String PATH = "/neo4j-browser/";

	/** The guide, for {@code play URL}. */
	public static final String GUIDE = PATH + "guide.html";

	/** The style, for {@code style URL}. */
	public static final String STYLE = PATH + "style.grass";

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(PATH + "**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.allowedHeaders("*")
			.allowCredentials(false);
	}

}
