/** What the API reports about the database it reads from. */
package org.tariffgraph.api.database;
