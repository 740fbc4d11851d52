package org.tariffgraph.local;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries: the model depends on no other module, nothing but this main job depends on the API
 * or the importer, the API and the importer know nothing of each other, and no package cycles.
 */
class ModuleRulesTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		// other modules' test support arrives as test-jars, which DO_NOT_INCLUDE_TESTS does not recognise
		.withImportOption(location -> !location.contains("-tests.jar"))
		.importPackages("org.tariffgraph");

	@Test
	void theModelDependsOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage("org.tariffgraph.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.tariffgraph.api..", "org.tariffgraph.importer..", "org.tariffgraph.local..")
			.check(CLASSES);
	}

	@Test
	void theApiAndTheImporterDoNotKnowEachOther() {
		noClasses().that()
			.resideInAPackage("org.tariffgraph.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.tariffgraph.importer..", "org.tariffgraph.local..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("org.tariffgraph.importer..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.tariffgraph.api..", "org.tariffgraph.local..")
			.check(CLASSES);
	}

	@Test
	void onlyTheMainJobUsesTheInProcessDatabase() {
		noClasses().that()
			.resideOutsideOfPackage("org.tariffgraph.local..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.graphdb..", "org.neo4j.dbms..", "org.neo4j.configuration..", "org.neo4j.server..")
			.check(CLASSES);
	}

	/** The packages whose nullness is marked so far: the model, and the importer's CSV reading. */
	private static final List<String> NULL_MARKED = List.of("org.tariffgraph");

	@Test
	void everyPackageWhoseNullnessIsMarkedSaysSo() {
		Set<String> unmarked = CLASSES.stream()
			.map(JavaClass::getPackageName)
			.filter(name -> NULL_MARKED.stream().anyMatch(name::startsWith))
			.filter(name -> !nullMarked(name))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(unmarked).as("packages under %s whose package-info lacks @NullMarked", NULL_MARKED).isEmpty();
	}

	private static boolean nullMarked(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	@Test
	void noPackageCycles() {
		slices().matching("org.tariffgraph.(**)").should().beFreeOfCycles().check(CLASSES);
	}

}
