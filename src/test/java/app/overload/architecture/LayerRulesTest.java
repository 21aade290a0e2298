package app.overload.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of STYLE.md, one way: domain ← progression, analysis, planning, store, exchange, sample ← ui, cli ←
 * Main.
 */
@AnalyzeClasses(packages = "app.overload", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domainIsPureJava = classes().that().resideInAPackage("app.overload.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.overload.domain..", "java..")
            .because("the domain model is the part every other layer shares; it must not drag UI, JDBC or JSON "
                    + "along");

    @ArchTest
    static final ArchRule enginesArePure = noClasses().that()
            .resideInAnyPackage("app.overload.progression..", "app.overload.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "com.fasterxml..",
                    "app.overload.store..", "app.overload.exchange..", "app.overload.ui..", "app.overload.cli..")
            .allowEmptyShould(true)
            .because("the progression engine and the chart maths are pure functions over domain values, tested "
                    + "without a database or a window");

    @ArchTest
    static final ArchRule planningIsPure = noClasses().that().resideInAPackage("app.overload.planning..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "com.fasterxml..",
                    "app.overload.store..", "app.overload.exchange..", "app.overload.ui..", "app.overload.cli..",
                    "app.overload.sample..")
            .because("filling templates, compliance and goal progress are pure functions over domain values, shared "
                    + "by the blocks screen and overload blocks and tested without a database or a window");

    @ArchTest
    static final ArchRule storeKnowsNoUiOrFiles = noClasses().that().resideInAPackage("app.overload.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..",
                    "app.overload.exchange..", "app.overload.ui..", "app.overload.cli..", "app.overload.sample..")
            .because("the store maps domain values to SQLite and nothing else");

    @ArchTest
    static final ArchRule exchangeKnowsNoDatabaseOrUi = noClasses().that()
            .resideInAPackage("app.overload.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "app.overload.ui..",
                    "app.overload.cli..")
            .allowEmptyShould(true)
            .because("file formats are read into domain values; writing them is the store's job, inside one "
                    + "transaction");

    @ArchTest
    static final ArchRule sampleIsPure = noClasses().that().resideInAPackage("app.overload.sample..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "app.overload.store..",
                    "app.overload.ui..", "app.overload.cli..")
            .because("the sample logbook is generated as domain values, so tests can use it without a database");

    @ArchTest
    static final ArchRule cliHasNoJavaFx = noClasses().that().resideInAPackage("app.overload.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.overload.ui..")
            .because("headless commands must run on a machine without a display");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses().that().resideInAPackage("app.overload.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.overload.cli..")
            .because("the two front ends are siblings; only Main knows both");

    @ArchTest
    static final ArchRule viewModelsHoldNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested with plain JUnit, without a window");

    @ArchTest
    static final ArchRule noJdbcAboveTheStore = noClasses().that()
            .resideInAnyPackage("app.overload.ui..", "app.overload.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .because("SQL stays in the store, where every write is one transaction");

    @ArchTest
    static final ArchRule noCycles = slices().matching("app.overload.(*)..").should().beFreeOfCycles()
            .because("a cycle between packages means the layers are not one-way");
}
