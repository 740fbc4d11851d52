/**
 * Navigation along every relationship of the model, both ways. A root field that returns entities reads them and
 * every navigation field selected below them in one query built from the selection set
 * ({@link org.tariffgraph.api.navigation.SelectedEntities}); below entities that a question's own query returns,
 * each navigation field is loaded in one batch per request.
 */
@NullMarked
package org.tariffgraph.api.navigation;

import org.jspecify.annotations.NullMarked;
