package org.tariffgraph.local;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link LocalStartupException} into Boot's short failure report instead of a stack trace. */
final class LocalStartupFailureAnalyzer extends AbstractFailureAnalyzer<LocalStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LocalStartupException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
