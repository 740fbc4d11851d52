package org.tariffgraph.api.exemption;

import org.tariffgraph.api.navigation.InlineField;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reach fields as {@link InlineField}s, so that a root field's query reads them with their entity. */
@Configuration(proxyBeanMethods = false)
class ReachFields {

	@Bean
	InlineField industriesReachedInline() {
		return Reaches.INDUSTRIES_REACHED;
	}

	@Bean
	InlineField exemptionsReachingInline() {
		return Reaches.EXEMPTIONS_REACHING;
	}

}
