/** Navigation along every relationship of the model, both ways, each field loaded in one batch per request. */
package org.tariffgraph.api.navigation;
