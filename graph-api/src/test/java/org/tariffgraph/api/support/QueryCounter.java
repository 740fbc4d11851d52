package org.tariffgraph.api.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Cypher queries the application sends, at the driver: the driver, its sessions and their
 * transactions are wrapped, and every {@code run} or {@code executableQuery} counts one.
 */
public final class QueryCounter {

	private final AtomicInteger queries = new AtomicInteger();

	public int count() {
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
		static BeanPostProcessor countingDriver(org.springframework.beans.factory.ObjectProvider<QueryCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof Driver driver) ? counter.getObject().wrap(driver, Driver.class) : bean;
				}
			};
		}

	}

	@SuppressWarnings("unchecked")
	<T> T wrap(T target, Class<T> type) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") || method.getName().equals("executableQuery")) {
				this.queries.incrementAndGet();
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Transaction transaction) {
				return wrap(transaction, Transaction.class);
			}
			if (result instanceof Session session) {
				return wrap(session, Session.class);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
	}

}
