/** The main job: in-process Neo4j, bundled dataset and GraphQL API in one process (GPLv3 through Neo4j Community). */
@NullMarked
package org.tariffgraph.local;

import org.jspecify.annotations.NullMarked;
