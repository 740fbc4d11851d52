package org.tariffgraph.api.statement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.graph.GraphReader;
import org.tariffgraph.api.navigation.SelectedEntities;
import org.tariffgraph.api.paging.Connection;
import org.tariffgraph.api.paging.Order;
import org.tariffgraph.model.read.Role;
import org.tariffgraph.model.read.Statement;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Statements filtered by speaker, subject and date. */
@Controller
final class StatementController {

	/** The filter of the {@code statements} query. */
	record StatementFilter(@Nullable String speaker, @Nullable String about, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	private static final String FILTERED = """
			MATCH (s:Statement)
			WHERE ($speaker IS NULL OR EXISTS { (s)-[:SAID_BY]->(:Entity {uid: $speaker}) })
			  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Entity {uid: $about}) })
			  AND ($from IS NULL OR s.date >= $from)
			  AND ($to IS NULL OR s.date <= $to)""";

	private static final String ROLES_ON_THE_DAY = """
			UNWIND $uids AS uid
			MATCH (s:Statement {uid: uid})-[:SAID_BY]->(:Official)-[:HOLDS]->(r:Role)
			WHERE r.from <= s.date AND (r.until IS NULL OR r.until >= s.date)
			RETURN uid, r ORDER BY r.from DESC""";

	private final GraphReader reader;

	private final SelectedEntities entities;

	StatementController(GraphReader reader, SelectedEntities entities) {
		this.reader = reader;
		this.entities = entities;
	}

	@QueryMapping
	Connection<Statement> statements(@Argument @Nullable StatementFilter filter, DataFetchingEnvironment env) {
		StatementFilter f = (filter != null) ? filter : new StatementFilter(null, null, null, null);
		Map<String, Object> params = new HashMap<>();
		params.put("speaker", f.speaker());
		params.put("about", f.about());
		params.put("from", f.from());
		params.put("to", f.to());
		return this.entities.page(FILTERED, "s", Order.sorted("s.date, s.id"), params, Statement.class, env);
	}

	@BatchMapping
	Map<Statement, Role> speakerRole(List<Statement> statements) {
		List<String> uids = statements.stream().map(Statement::uid).toList();
		var grouped = this.reader.grouped(ROLES_ON_THE_DAY, Map.of("uids", uids), "uid", "r", uids);
		Map<Statement, Role> result = new LinkedHashMap<>();
		for (Statement statement : statements) {
			var roles = grouped.get(statement.uid());
			if (roles != null && !roles.isEmpty()) {
				result.put(statement, (Role) roles.get(0));
			}
		}
		return result;
	}

}
