package app.overload.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.stream.Collectors;

import app.overload.store.Database;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layers of docs/architecture.md, one way: domain ← progression, analysis, planning, store, exchange, sample ←
 * usecase ← ui, cli ← Main. Each layer states what it may use, with the reason; anything not listed is refused.
 */
@AnalyzeClasses(packages = "app.overload", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    private static final String DOMAIN = "app.overload.domain..";
    private static final String PROGRESSION = "app.overload.progression..";
    private static final String ANALYSIS = "app.overload.analysis..";
    private static final String PLANNING = "app.overload.planning..";
    private static final String STORE = "app.overload.store..";
    private static final String EXCHANGE = "app.overload.exchange..";
    private static final String SAMPLE = "app.overload.sample..";
    private static final String USECASE = "app.overload.usecase..";
    private static final String CLI = "app.overload.cli..";
    private static final String UI = "app.overload.ui..";
    private static final String NOTATION = "app.overload.notation..";
    private static final String FIT = "app.overload.exchange.fit..";
    private static final String JDK = "java..";

    // ---- What each layer may use ----

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, JDK)
            .because("the domain model is the part every other layer shares; it must not drag UI, JDBC or JSON "
                    + "along");

    @ArchTest
    static final ArchRule progressionUsesOnlyTheDomain = classes().that().resideInAPackage(PROGRESSION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PROGRESSION, DOMAIN, JDK)
            .because("the progression engine is pure functions over domain values and the history handed to it, "
                    + "so the same history always gives the same suggestion, tested without a database or a window");

    @ArchTest
    static final ArchRule analysisUsesOnlyDomainAndEngine = classes().that().resideInAPackage(ANALYSIS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(ANALYSIS, PROGRESSION, DOMAIN, JDK)
            .because("the chart maths is pure: it takes rows and builds series with the engine's formulas (e1RM, "
                    + "loads, VDOT), and knows nothing of where the rows came from or how they are drawn");

    @ArchTest
    static final ArchRule planningUsesOnlyPureLayers = classes().that().resideInAPackage(PLANNING)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PLANNING, ANALYSIS, PROGRESSION, DOMAIN, JDK)
            .because("filling templates, compliance and goal progress are pure functions over domain values, shared "
                    + "by the blocks screen and overload blocks and tested without a database or a window");

    @ArchTest
    static final ArchRule storeUsesOnlyDomainRowsAndSqlite = classes().that().resideInAPackage(STORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(STORE, DOMAIN, ANALYSIS, JDK, "org.sqlite..")
            .because("the store maps domain values (and the chart rows of analysis) to SQLite and nothing else: no "
                    + "engine, no file formats, no UI, so a suggestion never depends on how it was stored");

    @ArchTest
    static final ArchRule exchangeUsesDomainStoreAndParsers = classes().that().resideInAPackage(EXCHANGE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(EXCHANGE, STORE, DOMAIN, JDK,
                    "javax.xml..", "com.fasterxml.jackson..")
            .because("file formats are read into domain values and applied through the store's repositories in one "
                    + "transaction; an import preview words prescriptions with the domain's PrescriptionText, as the "
                    + "engine's reasons do, and never asks the engine itself; no UI, no command line");

    @ArchTest
    static final ArchRule sampleUsesOnlyTheDomain = classes().that().resideInAPackage(SAMPLE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SAMPLE, DOMAIN, JDK)
            .because("the sample logbook is generated as plain domain values with its own dice, so tests can use it "
                    + "without a database and it does not move when the engine's rules change");

    @ArchTest
    static final ArchRule useCasesSitBelowTheFrontEnds = classes().that().resideInAPackage(USECASE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(USECASE, STORE, EXCHANGE, SAMPLE, PLANNING,
                    ANALYSIS, PROGRESSION, NOTATION, DOMAIN, JDK)
            .because("a use case is one plain class that both front ends call: no JavaFX and no picocli, so the "
                    + "command line and the window do the same thing and a test needs neither");

    @ArchTest
    static final ArchRule cliUsesNoWindow = classes().that().resideInAPackage(CLI)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CLI, USECASE, STORE, EXCHANGE, SAMPLE, PLANNING,
                    ANALYSIS, PROGRESSION, NOTATION, DOMAIN, JDK, "picocli..", "com.fasterxml.jackson..")
            .because("headless commands must run on a machine without a display, so nothing of JavaFX or of the ui "
                    + "front end; the two front ends are siblings and only Main knows both");

    @ArchTest
    static final ArchRule uiUsesNoCommandLine = classes().that().resideInAPackage(UI)
            .should().onlyDependOnClassesThat().resideInAnyPackage(UI, USECASE, STORE, EXCHANGE, PLANNING, ANALYSIS,
                    PROGRESSION, NOTATION, DOMAIN, JDK, "javax.imageio..", "javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("the window is a front end over the use cases and the layers below them; it never calls the "
                    + "command line, and the sample logbook reaches it only through a use case");

    /** Pure text notation of sessions: parsing and printing text needs nothing but the domain. */
    @ArchTest
    static final ArchRule notationUsesOnlyTheDomain = classes().should(onlyUseInside(NOTATION, NOTATION, DOMAIN, JDK))
            .because("the text notation of sessions is pure parsing and printing of domain values, shared by the log "
                    + "form and the command line and fuzzed without a database");

    /** FIT files: a reader and a workout writer of its own over the JDK, so the FIT SDK need not ship in the jar. */
    @ArchTest
    static final ArchRule fitUsesOnlyDomainAndJdk = classes().should(onlyUseInside(FIT, FIT, DOMAIN, JDK))
            .because("the FIT reader decodes bytes into domain values with the JDK alone, so it can be fuzzed and "
                    + "shipped without another library");

    // ---- Rules across layers ----

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses().that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("SQL stays in the store, where every write is one transaction");

    @ArchTest
    static final ArchRule onlyTheStoreBuildsRepositories = noClasses().that().resideOutsideOfPackage(STORE)
            .should().callConstructorWhere(buildsOnTheDatabase())
            .because("Logbook is the one place that builds repositories and queries, so every reader and writer "
                    + "shares its database and its single writer (as SportsTracker's DbStorage does)");

    @ArchTest
    static final ArchRule uiModelsHoldNoScene = noClasses().that().resideInAPackage(UI)
            .and().haveNameMatching(".*(Model|Loader|Data)(\\$.*)?")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models, form models and the loaders they call hold JavaFX properties but no controls, "
                    + "directly or through a helper, so they are tested with plain JUnit, without a window");

    @ArchTest
    static final ArchRule noCycles = slices().matching("app.overload.(*)..").should().beFreeOfCycles()
            .because("a cycle between packages means the layers are not one-way");

    /** A constructor whose parameters include the open {@link Database}: a repository or a query. */
    private static DescribedPredicate<JavaConstructorCall> buildsOnTheDatabase() {
        return DescribedPredicate.describe("a store class built on the open database", call ->
                call.getTargetOwner().getPackageName().startsWith("app.overload.store")
                        && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(
                                Database.class)));
    }

    /**
     * Checks every imported class, so that it holds (and says nothing) while {@code layer} has no classes yet: a
     * class inside the layer may depend only on classes in {@code allowed}.
     */
    private static ArchCondition<JavaClass> onlyUseInside(String layer, String... allowed) {
        PackageMatchers inLayer = PackageMatchers.of(layer);
        PackageMatchers permitted = PackageMatchers.of(allowed);
        String description = "in " + layer + " only depend on " + Arrays.stream(allowed)
                .collect(Collectors.joining(", "));
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!inLayer.test(item.getPackageName())) {
                    return;
                }
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (!target.isPrimitive() && !permitted.test(target.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
