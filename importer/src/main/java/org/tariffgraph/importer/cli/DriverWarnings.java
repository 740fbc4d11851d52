package org.tariffgraph.importer.cli;

import java.io.PrintStream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Logger;
import org.neo4j.driver.Logging;

/**
 * The driver's warnings and errors as one line each on standard error, with the cause's message and no stack
 * trace: while Neo4j is away the driver retries and warns at every attempt, and a trace per attempt buried the
 * importer's own one-line advice. Its information and debug messages are dropped.
 */
final class DriverWarnings implements Logging {

	private static final long serialVersionUID = 1L;

	@Override
	public Logger getLog(String name) {
		return new OneLine();
	}

	/** Writes to the standard error of the moment, so that tests that replace it see the lines. */
	static final class OneLine implements Logger {

		private static void line(String message, @Nullable Throwable cause) {
			PrintStream err = System.err;
			err.println("Neo4j driver: " + message + ((cause != null) ? ": " + cause.getMessage() : ""));
		}

		@Override
		public void error(String message, Throwable cause) {
			line(message, cause);
		}

		@Override
		public void info(String format, Object... params) {
		}

		@Override
		public void warn(String format, Object... params) {
			line(String.format(format, params), null);
		}

		@Override
		public void warn(String message, Throwable cause) {
			line(message, cause);
		}

		@Override
		public void debug(String format, Object... params) {
		}

		@Override
		public void debug(String message, Throwable cause) {
		}

		@Override
		public void trace(String format, Object... params) {
		}

		@Override
		public boolean isTraceEnabled() {
			return false;
		}

		@Override
		public boolean isDebugEnabled() {
			return false;
		}

	}

}
