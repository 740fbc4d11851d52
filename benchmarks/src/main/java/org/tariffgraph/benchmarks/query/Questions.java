package org.tariffgraph.benchmarks.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;

/**
 * The four questions of the benchmark, with parameters picked from the graph the same way every run; and
 * first a floor, a request that reads nothing against {@code RETURN 1}, which shows what HTTP and GraphQL
 * cost on their own. Each baseline is the Cypher a careful hand would write for the answer, using the indexes the
 * API's query uses. The applied tariff's is {@link HandStacking}, which stacks every line's layers as the API does;
 * it and the exemption's industries are compared with the API's answer before anything is timed. The first 100
 * measures are read from the index on {@code (inForceFrom, id)}, as the API reads them, with the measures without a
 * date after them where the dated ones do not fill the page.
 */
final class Questions {

	private Questions() {
	}

	/** Whether both give the same industries, each with its title, shortest path and the exemption's sources. */
	static Optional<String> sameIndustries(JsonNode api, List<Record> cypher) {
		Set<String> byApi = new TreeSet<>();
		for (JsonNode reached : api.path("data").path("exemption").path("industriesReached")) {
			List<String> sources = new ArrayList<>();
			reached.path("sources").forEach(source -> sources.add(source.path("id").asString()));
			byApi.add(industry(reached.path("industry").path("naicsCode").asString(),
					reached.path("industry").path("title").asString(), reached.path("path").path("length").asInt(), sources));
		}
		Set<String> byCypher = new TreeSet<>();
		cypher.forEach(r -> byCypher.add(industry(r.get("naicsCode").asString(), r.get("title").asString(),
				r.get("length").asInt(), r.get("sources").asList(Value::asString))));
		return Question.SameAnswer.unlessEqual(byApi, byCypher);
	}

	private static String industry(String naicsCode, String title, int length, List<String> sources) {
		return naicsCode + " " + title + " at " + length + " from " + sources.stream().sorted().toList();
	}

	static List<Question> pick(Driver driver) {
		String exemption = driver.executableQuery("""
				MATCH (e:Exemption)
				RETURN e.id AS id
				ORDER BY EXISTS { (e)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry) } DESC, e.id
				LIMIT 1""").execute().records().get(0).get("id").asString();
		var applied = driver.executableQuery("""
				MATCH (m:TariffMeasure)-[:COVERS]->(g:Good), (m)-[:IMPOSED_BY]->(d:Country), (m)-[:APPLIES_TO]->(o:Country)
				RETURN g.hsCode AS hs, o.iso2 AS origin, d.iso2 AS destination, m.inForceFrom AS date
				ORDER BY m.id LIMIT 1""").execute().records().get(0);
		String hs = applied.get("hs").asString();
		String origin = applied.get("origin").asString();
		String destination = applied.get("destination").asString();
		String date = applied.get("date").asLocalDate().toString();
		Map<String, Object> appliedVariables = Map.of("hs", hs, "origin", origin, "destination", destination, "date", date);
		return List.of(
				new Question("floor: a request that reads nothing", "query { apiVersion }", Map.of(), "RETURN 1", Map.of()),
				new Question("exemption → sectors", """
						query($id: ID!) { exemption(id: $id) {
						  industriesReached { industry { naicsCode title } path { length } sources { id } } } }""",
						Map.of("id", exemption), """
						MATCH (e:Exemption {id: $id})
						CALL (e) {
						  MATCH p = (e)-[:COVERS]->(:Good)<-[:PART_OF*0..2]-(:Good)-[:MADE_BY]->(:Industry)-[:PART_OF*0..5]->(i:Industry)
						  RETURN i, p
						  UNION
						  MATCH p = (e)-[:AFFECTS]->(:Industry)-[:PART_OF*0..5]->(i:Industry)
						  RETURN i, p
						}
						WITH i, min(length(p)) AS length, [(e)-[:SOURCED_BY]->(s:Source) | s.id] AS sources
						RETURN i.naicsCode AS naicsCode, i.title AS title, length, sources ORDER BY i.naicsCode""",
						Map.of("id", exemption), Questions::sameIndustries),
				new Question("applied tariff on a date, with layers", """
						query($hs: String!, $origin: String!, $destination: String!, $date: Date!) {
						  appliedTariffs(hsCode: $hs, origin: $origin, destination: $destination, date: $date) {
						    totalRate layers { layer rate applies measure { id } exemptedBy { id } sources { id } } } }""",
						appliedVariables, HandStacking.CYPHER, HandStacking.params(hs, origin, destination, date, true),
						HandStacking::difference),
				new Question("full-text search", """
						query { search(text: "tariffs duties", first: 20) { score entity { uid kind displayName } } }""",
						Map.of(), """
						CALL db.index.fulltext.queryNodes('entity_search', 'tariffs duties', {limit: 20}) YIELD node, score
						RETURN node.uid, labels(node), coalesce(node.name, node.title, node.text), score
						ORDER BY score DESC, node.uid""", Map.of()),
				new Question("100 measures with country, goods, sources", """
						query { measures(first: 100) { edges { node {
						  id rate imposedBy { name } appliesTo { iso2 } goods { hsCode } sources { id } } } } }""",
						Map.of(), """
						CALL () {
						  MATCH (m:TariffMeasure) WHERE m.inForceFrom IS NOT NULL AND m.id IS NOT NULL
						  WITH m ORDER BY m.inForceFrom, m.id LIMIT 100
						  RETURN collect(m) AS dated
						}
						CALL (dated) {
						  WITH dated WHERE size(dated) < 100
						  CALL () {
						    MATCH (m:TariffMeasure) WHERE m.inForceFrom IS NULL
						    WITH m ORDER BY m.id LIMIT 100
						    RETURN collect(m) AS part
						  }
						  RETURN part AS undated
						  UNION ALL
						  WITH dated WHERE size(dated) >= 100
						  RETURN [] AS undated
						}
						UNWIND (dated + undated)[..100] AS m
						RETURN m.id, m.rate, [(m)-[:IMPOSED_BY]->(c) | c.name] AS imposedBy,
						  [(m)-[:APPLIES_TO]->(c) | c.iso2] AS appliesTo, [(m)-[:COVERS]->(g) | g.hsCode] AS goods,
						  [(m)-[:SOURCED_BY]->(s) | s.id] AS sources""", Map.of()));
	}

}
