/** What the API reports about the database it reads from. */
@NullMarked
package org.tariffgraph.api.database;

import org.jspecify.annotations.NullMarked;
