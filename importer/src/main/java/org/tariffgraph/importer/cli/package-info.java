/** The picocli command line: one small class per subcommand, shared connection options and exit codes. */
package org.tariffgraph.importer.cli;
