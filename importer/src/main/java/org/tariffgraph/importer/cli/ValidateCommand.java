package org.tariffgraph.importer.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks a dataset without connecting to any database. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks a dataset as 'import' does, and writes nothing (no database needed).",
				"Every problem is reported as FILE:LINE:COLUMN: what was expected, found what." },
		footer = { "%nExample:%n  tariff-graph-importer validate my-dataset/" })
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	DatasetArgument dataset;

	@Override
	public Integer call() throws Exception {
		var out = this.spec.commandLine().getOut();
		var err = this.spec.commandLine().getErr();
		return (this.dataset.readValid(out, err) == null) ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
	}

}
