package org.tariffgraph.local;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.browser.Neo4jBrowserContent;

import org.springframework.core.env.Environment;

/**
 * What Neo4j Browser runs once it has connected: Tariff Graph's style (captions and colours per kind) and its
 * guide (the key questions as Cypher to run), both served by the API of this process, whose host Browser must
 * be allowed to fetch from. Where the API's port is chosen at random ({@code server.port=0}), it is not known
 * before Neo4j starts, and Browser starts plain.
 * @param apiUrl the API's address, or null when it is not known in advance
 */
record BrowserSetup(@Nullable String apiUrl) {

	static BrowserSetup of(Environment environment) {
		int port = environment.getProperty("server.port", Integer.class, 8080);
		return new BrowserSetup((port > 0) ? "http://localhost:" + port : null);
	}

	String postConnectCommand() {
		return (this.apiUrl == null) ? "" : "style " + this.apiUrl + Neo4jBrowserContent.STYLE + "; play " + this.apiUrl + Neo4jBrowserContent.GUIDE;
	}

	String allowedHosts() {
		return (this.apiUrl == null) ? "" : "localhost";
	}

}
