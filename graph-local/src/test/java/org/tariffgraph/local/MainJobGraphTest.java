package org.tariffgraph.local;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.tariffgraph.api.TariffGraphApi;
import org.tariffgraph.model.testing.TestNeo4j;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The API with a {@code GraphQlTester} on the shared test database, loaded before the class's tests as the main
 * job's first start loads it: the one setup of the tests that ask real products' questions. One Spring context
 * serves every such class; each class loads the graph again, since other classes clean the database between
 * them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TariffGraphApi.class)
@AutoConfigureGraphQlTester
@ContextConfiguration(initializers = MainJobGraphTest.SharedNeo4j.class)
@ExtendWith(MainJobGraphTest.LoadBeforeAll.class)
@interface MainJobGraphTest {

	/** Whether the shipped reference data is loaded too, or only the bundled dataset. */
	boolean referenceData() default true;

	/** {@code spring.neo4j.uri}: the shared test database's. */
	final class SharedNeo4j implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("sharedTestNeo4j", Map.of("spring.neo4j.uri", TestNeo4j.boltUri())));
		}

	}

	/** Loads the graph once before the class's tests. */
	final class LoadBeforeAll implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			boolean referenceData = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), MainJobGraphTest.class)
				.map(MainJobGraphTest::referenceData)
				.orElse(true);
			if (referenceData) {
				MainJobGraph.load();
			}
			else {
				MainJobGraph.loadDatasetOnly();
			}
		}

	}

}
