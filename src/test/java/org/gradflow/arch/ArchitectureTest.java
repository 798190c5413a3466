package org.gradflow.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, checked on the compiled main classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gradflow");
    }

    @Test
    void javafxOnlyInUi() {
        noClasses().that().resideOutsideOfPackage("org.gradflow.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void noNd4jInModelChartsOrUi() {
        noClasses().that().resideInAnyPackage("org.gradflow.model..", "org.gradflow.charts..", "org.gradflow.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.gradflow.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gradflow.data..", "org.gradflow.engine..",
                        "org.gradflow.diagnostics..", "org.gradflow.io..", "org.gradflow.charts..", "org.gradflow.run..",
                        "org.gradflow.cli..", "org.gradflow.ui..")
                .check(classes);
    }

    @Test
    void coreNeverDependsOnTheFrontEnds() {
        noClasses().that().resideInAnyPackage("org.gradflow.model..", "org.gradflow.data..", "org.gradflow.engine..",
                        "org.gradflow.diagnostics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gradflow.io..", "org.gradflow.charts..",
                        "org.gradflow.run..", "org.gradflow.cli..", "org.gradflow.ui..")
                .check(classes);
    }

    @Test
    void engineDoesNotDependOnDiagnostics() {
        noClasses().that().resideInAPackage("org.gradflow.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gradflow.diagnostics..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.gradflow.(**)").should().beFreeOfCycles().check(classes);
    }
}
