package org.tariffgraph.importer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tariff-graph-importer} command and its subcommands. */
@Command(name = "tariff-graph-importer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Loads trade-policy datasets and public reference data into Neo4j.", "",
				"A dataset is a folder of CSV files (see 'import --help' for the format). Every command checks all",
				"of its input before it writes anything, and can run again: a second run changes nothing." },
		subcommands = { ImportCommand.class, ValidateCommand.class, ReferenceCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done", "1:invalid input; nothing was written", "2:wrong command line",
				"3:Neo4j could not be reached or refused a write (run again to complete)",
				"4:an unexpected error, a bug of the importer (please report it with the lines it printed)" })
public final class ImporterCli {

	/** The help section of {@code import} that lists the dataset's files and columns. */
	private static final String FORMAT_SECTION = "datasetFormat";

	public static void main(String[] args) {
		quietLibraryLogging();
		System.exit(run(args));
	}

	/**
	 * The CLI talks to people through its own output; libraries only speak up when something is wrong. The
	 * configuration has its own name so that it does not take over the logging of an application that uses
	 * the importer as a library (the main job). The driver and neo4j-migrations log through
	 * java.util.logging.
	 */
	public static void quietLibraryLogging() {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "logback-importer.xml");
			// Logback reads the property once, as it starts: started now, it can go again, so that an application
			// started later in the same JVM (the benchmark's API) sets up its logging without a warning that it is ignored
			LoggerFactory.getILoggerFactory();
			System.clearProperty("logback.configurationFile");
		}
		Logger root = LogManager.getLogManager().getLogger("");
		root.setLevel(Level.WARNING);
		for (var handler : root.getHandlers()) {
			handler.setLevel(Level.WARNING);
		}
	}

	/** Runs a command line and returns the exit code. */
	public static int run(String... args) {
		return commandLine().execute(args);
	}

	/** The command line, ready to execute; tests set its output streams. */
	public static CommandLine commandLine() {
		CommandLine cli = exitCodes(new CommandLine(new ImporterCli()));
		cli.setUsageHelpWidth(110);
		// the dataset format, derived from DatasetFormat, as a help section of its own before the example
		CommandLine importCommand = Objects.requireNonNull(cli.getSubcommands().get("import"));
		List<String> sections = new ArrayList<>(importCommand.getHelpSectionKeys());
		sections.add(sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER), FORMAT_SECTION);
		importCommand.setHelpSectionKeys(sections);
		importCommand.getHelpSectionMap().put(FORMAT_SECTION, help -> ImportCommand.formatHelp());
		return cli;
	}

	/**
	 * What an exception a command threw becomes, through picocli's execution exception handler: its code
	 * ({@link ExitCodes#of}) and one line that says what happened, with the stack trace only where it is a bug, for
	 * the report. A wrong command line stays picocli's usage error, {@link ExitCodes#USAGE}.
	 */
	static CommandLine exitCodes(CommandLine cli) {
		cli.setExecutionExceptionHandler((ex, command, parsed) -> {
			PrintWriter err = command.getErr();
			int code = ExitCodes.of(ex);
			if (code == ExitCodes.DATABASE) {
				err.println("Neo4j failed: " + ex.getMessage() + "; run the same command again to complete it.");
			}
			else {
				err.println("Unexpected error (a bug of the importer; please report it with what follows): " + ex);
				ex.printStackTrace(err);
			}
			err.flush();
			return code;
		});
		return cli;
	}

}
