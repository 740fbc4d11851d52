package org.tariffgraph.api.errors;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures of the database become GraphQL errors that say what happened, and nothing more. */
class ApiExceptionResolverTest {

	private final ApiExceptionResolver resolver = new ApiExceptionResolver();

	private final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.mergedField(MergedField.newMergedField(Field.newField("measures").build()).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString).path(ResultPath.rootPath()).build())
		.build();

	@Test
	void aQueryStoppedAtTheTimeoutIsReportedAsSuch() {
		GraphQLError error = this.resolver.resolveToSingleError(new IllegalStateException("wrapped",
				new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
						"The transaction has been terminated.")), this.env);
		assertThat(error.getMessage()).isEqualTo("The query took longer than the API allows and was stopped");
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
	}

	@Test
	void anUnreachableDatabaseIsReportedWithoutItsStackTrace() {
		GraphQLError error = this.resolver.resolveToSingleError(new ServiceUnavailableException("Connection refused"), this.env);
		assertThat(error.getMessage()).isEqualTo("The database is not available; try again shortly");
	}

	/** What the server says when the full-text index's procedure fails with Lucene's {@code cause}. */
	private static ClientException fullTextSearchFailed(String cause) {
		return new ClientException("Neo.ClientError.Procedure.ProcedureCallFailed",
				"Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: " + cause);
	}

	@Test
	void aBadLuceneQueryIsTheClientsError() {
		GraphQLError error = this.resolver.resolveToSingleError(
				fullTextSearchFailed("org.apache.lucene.queryparser.classic.ParseException: Cannot parse 'a AND'\nmore"), this.env);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).isEqualTo("The search text is not a valid Lucene query: Cannot parse 'a AND' "
				+ "(without syntax: LUCENE the text is searched as written)")
			.doesNotContain("more", "procedure", "org.apache", "db.index");
	}

	@Test
	void tooManyWordsForLuceneIsTheClientsError() {
		GraphQLError error = this.resolver.resolveToSingleError(
				fullTextSearchFailed("org.apache.lucene.search.IndexSearcher$TooManyClauses: maxClauseCount is set to 1024"), this.env);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).doesNotContain("org.apache", "procedure");
	}

	@Test
	void aDatabaseThatIsStartingIsNotAvailableRatherThanSlow() {
		GraphQLError error = this.resolver.resolveToSingleError(new IllegalStateException("wrapped",
				new TransientException("Neo.TransientError.General.DatabaseUnavailable",
						"Database 'neo4j' is unavailable.")), this.env);
		assertThat(error.getMessage()).isEqualTo("The database is not available; try again shortly");
	}

	@Test
	void otherFailuresAreLeftToTheDefaultHandling() {
		assertThat(this.resolver.resolveToSingleError(new IllegalStateException("bug"), this.env)).isNull();
	}

}
