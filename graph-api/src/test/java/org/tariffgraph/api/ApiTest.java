package org.tariffgraph.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.tariffgraph.model.testing.TestNeo4j;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The API started against the shared in-process Neo4j, with a {@code GraphQlTester}: the one setup of the
 * database-backed API tests. A test class that points the API elsewhere (a container) says so with its own
 * {@code @DynamicPropertySource}, which takes precedence. {@link #fixture()} names the fixture every test of
 * the class starts from.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TariffGraphApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureGraphQlTester
@ContextConfiguration(initializers = ApiTest.SharedNeo4j.class)
@ExtendWith(ApiTest.FixtureBeforeEach.class)
public @interface ApiTest {

	/** The fixture ({@link Fixtures}) loaded into a clean database before each test; none where empty. */
	String fixture() default "";

	/** Loads the class's {@link #fixture()} before each of its tests. */
	final class FixtureBeforeEach implements BeforeEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ApiTest.class)
				.map(ApiTest::fixture)
				.filter(name -> !name.isEmpty())
				.ifPresent(Fixtures::load);
		}

	}

	/**
	 * {@code spring.neo4j.uri} of the shared database, where application.properties would give its default, asked of
	 * {@link TestNeo4j} only when read, so that a test with a database of its own does not start the shared one.
	 */
	final class SharedNeo4j implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			PropertySource<?> shared = new PropertySource<>("sharedTestNeo4j") {
				@Override
				public Object getProperty(String name) {
					return name.equals("spring.neo4j.uri") ? TestNeo4j.boltUri() : null;
				}
			};
			// before application.properties (which names a default address), after the test's own properties
			var sources = context.getEnvironment().getPropertySources();
			sources.stream()
				.map(PropertySource::getName)
				.filter(name -> name.startsWith("Config resource"))
				.findFirst()
				.ifPresentOrElse(config -> sources.addBefore(config, shared), () -> sources.addLast(shared));
		}

	}

}
