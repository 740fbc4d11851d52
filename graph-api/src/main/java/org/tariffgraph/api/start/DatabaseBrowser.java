package org.tariffgraph.api.start;

/**
 * Where people explore the database itself, for the start page: set by the main job for its in-process Neo4j,
 * or by {@code tariff-graph.api.start.neo4j-browser-url} and {@code …-login} for a server.
 * @param url Neo4j Browser's address
 * @param howToLogIn what to type at its login form, without any secret (e.g. where the password file is)
 */
public record DatabaseBrowser(String url, String howToLogIn) {
}
