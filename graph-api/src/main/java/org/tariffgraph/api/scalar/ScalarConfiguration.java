package org.tariffgraph.api.scalar;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Dates as ISO-8601 {@code Date} and rates as exact {@code Decimal}, not floating point. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.newAliasedScalar("Decimal").aliasedScalar(ExtendedScalars.GraphQLBigDecimal).build());
	}

}
