/** The picocli command line: one small class per subcommand, shared connection options and exit codes. */
@NullMarked
package org.tariffgraph.importer.cli;

import org.jspecify.annotations.NullMarked;
