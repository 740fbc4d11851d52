package org.tariffgraph.api.meta;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The schema's version, so that clients can tell what they may ask for. */
@Controller
final class ApiVersionController {

	static final String VERSION = "0.1";

	@QueryMapping
	String apiVersion() {
		return VERSION;
	}

}
