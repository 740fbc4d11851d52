package org.tariffgraph.importer.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = ImporterCli.class.getPackage().getImplementationVersion();
		return new String[] { "tariff-graph-importer " + ((version == null) ? "(development build)" : version) };
	}

}
