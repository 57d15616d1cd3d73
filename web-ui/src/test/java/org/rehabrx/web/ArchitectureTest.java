package org.rehabrx.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.db.account.JdbcAccounts;
import org.rehabrx.db.testing.TestDatabase;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the module map of the README true. The web-ui test classpath is the one that sees every module. */
class ArchitectureTest {

    /** Test classes, including the db module's test-jar, are not part of the architecture. */
    private static final ImportOption PRODUCTION_CODE = location ->
            ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) && !location.contains("-tests.jar");

    private static final JavaClasses PRODUCTION_CLASSES = new ClassFileImporter()
            .withImportOption(PRODUCTION_CODE)
            .importPackages("org.rehabrx");

    @Test
    void everyModuleIsImportedAndNoTestCode() {
        assertThat(PRODUCTION_CLASSES.contain(Account.class)).as("core").isTrue();
        assertThat(PRODUCTION_CLASSES.contain(JdbcAccounts.class)).as("db").isTrue();
        assertThat(PRODUCTION_CLASSES.contain(RehabRxApplication.class)).as("web-ui").isTrue();
        assertThat(PRODUCTION_CLASSES.contain(TestDatabase.class)).as("db test-jar").isFalse();
        assertThat(PRODUCTION_CLASSES.contain(ArchitectureTest.class)).as("web-ui tests").isFalse();
    }

    @Test
    void theDomainUsesNoFramework() {
        noClasses().that().resideInAPackage("org.rehabrx.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "com.vaadin..", "org.openpdf..",
                        "jakarta..", "liquibase..", "org.postgresql..", "com.zaxxer..")
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void modulesDependOnlyInOneDirection() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("core").definedBy("org.rehabrx.core..")
                .layer("db").definedBy("org.rehabrx.db..")
                .layer("report").definedBy("org.rehabrx.report..")
                .layer("web-ui").definedBy("org.rehabrx.web..")
                .whereLayer("web-ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("db").mayOnlyBeAccessedByLayers("web-ui")
                .whereLayer("report").mayOnlyBeAccessedByLayers("web-ui")
                .whereLayer("core").mayOnlyBeAccessedByLayers("db", "report", "web-ui")
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.rehabrx.(**)").should().beFreeOfCycles().check(PRODUCTION_CLASSES);
    }

    @Test
    void noCyclesBetweenTheFeaturesOfAModule() {
        slices().matching("org.rehabrx.(*).(*)..").should().beFreeOfCycles().check(PRODUCTION_CLASSES);
    }

    @Test
    void viewsLiveInUiPackages() {
        classes().that().areAssignableTo(com.vaadin.flow.component.Component.class)
                .and().resideInAPackage("org.rehabrx..")
                .should().resideInAPackage("..ui..")
                .check(PRODUCTION_CLASSES);
    }

    /** Repository ports are core's only public interfaces; screens reach data through application services. */
    @Test
    void viewsTalkOnlyToApplicationServices() {
        assertThat(REPOSITORY_PORT.test(PRODUCTION_CLASSES.get(Patients.class))).as("a port is recognised").isTrue();
        noClasses().that().resideInAPackage("org.rehabrx.web..ui..")
                .should().dependOnClassesThat(REPOSITORY_PORT)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.rehabrx.db..", "org.springframework.jdbc..",
                        "java.sql..", "javax.sql..")
                .check(PRODUCTION_CLASSES);
    }

    private static final DescribedPredicate<JavaClass> REPOSITORY_PORT = DescribedPredicate.describe(
            "a repository port of core", type -> type.isInterface() && type.getPackageName().startsWith("org.rehabrx.core."));
}
