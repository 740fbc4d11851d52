package org.tariffgraph.api.support;

import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.tariffgraph.model.testing.CountingDriver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the Cypher queries the application sends, at the driver (see {@link CountingDriver}). */
public final class QueryCounter {

	private final AtomicLong queries = new AtomicLong();

	public long count() {
		return this.queries.get();
	}

	public void reset() {
		this.queries.set(0);
	}

	/** Wraps the application's driver; import this into a test's context. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		QueryCounter queryCounter() {
			return new QueryCounter();
		}

		@Bean
		static BeanPostProcessor countingDriver(ObjectProvider<QueryCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof Driver driver) ? CountingDriver.wrap(driver, counter.getObject().queries) : bean;
				}
			};
		}

	}

}
