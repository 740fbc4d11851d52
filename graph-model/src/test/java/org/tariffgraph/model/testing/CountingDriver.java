package org.tariffgraph.model.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * Wraps a driver so that every Cypher query sent through it, its sessions or their transactions
 * ({@code run}, {@code executableQuery}) is counted: how tests and benchmarks see how many queries a
 * request costs. Kept with the test support rather than in the model's jar, which the importer and the API ship
 * with; the benchmarks depend on this test jar for it.
 */
public final class CountingDriver {

	private CountingDriver() {
	}

	/** The driver, counting into {@code queries}. */
	public static Driver wrap(Driver driver, AtomicLong queries) {
		return proxy(driver, Driver.class, queries);
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(T target, Class<T> type, AtomicLong queries) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") || method.getName().equals("executableQuery")) {
				queries.incrementAndGet();
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Transaction transaction) {
				return proxy(transaction, Transaction.class, queries);
			}
			if (result instanceof Session session) {
				return proxy(session, Session.class, queries);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
