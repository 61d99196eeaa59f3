package org.trunkwizard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the house plan true: the core never sees JavaFX, only livekit sees the SDK, only secrets the keyring, only
 * diagnostics dnsjava; the window and the CLI keep their areas apart.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trunkwizard");
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.trunkwizard.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    /** The window's areas (house plan): common is shared by all; Done builds on the wizard, never the reverse. */
    @Test
    void windowAreasPointOneWay() {
        noClasses().that().resideInAPackage("org.trunkwizard.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trunkwizard.ui.wizard..",
                        "org.trunkwizard.ui.done..", "org.trunkwizard.ui.credentials..")
                .check(classes);
        noClasses().that().resideInAPackage("org.trunkwizard.ui.wizard..")
                .should().dependOnClassesThat().resideInAPackage("org.trunkwizard.ui.done..")
                .check(classes);
    }

    /**
     * The CLI's areas (house plan): trunk, carrier and secrets commands each build on the cli package's shared parts
     * (Command, Console, Args, connection options...), never on one another; only Cli, which makes the commands,
     * points down into them.
     */
    @Test
    void cliAreasStayApart() {
        noClasses().that().resideInAPackage("org.trunkwizard.cli.trunk..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trunkwizard.cli.carrier..",
                        "org.trunkwizard.cli.secrets..")
                .check(classes);
        noClasses().that().resideInAPackage("org.trunkwizard.cli.carrier..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trunkwizard.cli.trunk..",
                        "org.trunkwizard.cli.secrets..")
                .check(classes);
        noClasses().that().resideInAPackage("org.trunkwizard.cli.secrets..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trunkwizard.cli.trunk..",
                        "org.trunkwizard.cli.carrier..")
                .check(classes);
        noClasses().that().resideInAPackage("org.trunkwizard.cli").and().doNotHaveFullyQualifiedName(
                        "org.trunkwizard.cli.Cli")
                .should().dependOnClassesThat().resideInAnyPackage("org.trunkwizard.cli.trunk..",
                        "org.trunkwizard.cli.carrier..", "org.trunkwizard.cli.secrets..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.trunkwizard.cli.trunk..", "org.trunkwizard.cli.carrier..",
                        "org.trunkwizard.cli.secrets..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.trunkwizard.cli.Cli")
                .check(classes);
    }

    @Test
    void onlyLivekitUsesTheSdk() {
        noClasses().that().resideOutsideOfPackage("org.trunkwizard.livekit..")
                .should().dependOnClassesThat().resideInAnyPackage("io.livekit..", "retrofit2..")
                .check(classes);
    }

    @Test
    void onlyLivekitAndCarrierClientsUseOkHttp() {
        // Each carrier's small API client talks HTTP itself; nothing else may open connections on the side.
        noClasses().that().resideOutsideOfPackages("org.trunkwizard.livekit..", "org.trunkwizard.carriers.twilio..",
                        "org.trunkwizard.carriers.telnyx..", "org.trunkwizard.carriers.http..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..")
                .check(classes);
    }

    @Test
    void onlySecretsUsesTheKeyring() {
        noClasses().that().resideOutsideOfPackage("org.trunkwizard.secrets..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.javakeyring..")
                .check(classes);
    }

    @Test
    void onlyDiagnosticsUsesDnsjava() {
        noClasses().that().resideOutsideOfPackage("org.trunkwizard.diagnostics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.xbill..")
                .check(classes);
    }

    @Test
    void diagnosticsStaysBelowTheFaces() {
        // The window and the CLI show the same verdicts because both call down into diagnostics, never across.
        noClasses().that().resideInAPackage("org.trunkwizard.diagnostics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trunkwizard.ui..", "org.trunkwizard.cli..",
                        "org.trunkwizard.livekit..", "org.trunkwizard.secrets..", "org.trunkwizard.carriers..")
                .check(classes);
    }

    @Test
    void coreDoesNotReachUp() {
        noClasses().that().resideInAnyPackage("org.trunkwizard.trunk..", "org.trunkwizard.validation..",
                        "org.trunkwizard.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trunkwizard.livekit..",
                        "org.trunkwizard.diagnostics..",
                        "org.trunkwizard.secrets..", "org.trunkwizard.carriers..", "org.trunkwizard.cli..",
                        "org.trunkwizard.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("org.trunkwizard.trunk..")
                .should().dependOnClassesThat().resideInAPackage("org.trunkwizard.validation..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.trunkwizard.livekit..", "org.trunkwizard.secrets..",
                        "org.trunkwizard.carriers..")
                .should().dependOnClassesThat().resideInAnyPackage("org.trunkwizard.cli..", "org.trunkwizard.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
