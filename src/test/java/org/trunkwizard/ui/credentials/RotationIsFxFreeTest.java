package org.trunkwizard.ui.credentials;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.trunkwizard.ui.common.TrunkServiceFactory;

/** Rotation lives under ui only because it needs livekit and secrets; it must stay usable without JavaFX (the CLI). */
class RotationIsFxFreeTest {

    @Test
    void rotationAndTheRowTextUseNoJavaFx() {
        noClasses().that().haveSimpleNameStartingWith("PasswordRotation")
                .or().haveSimpleNameStartingWith("RotationResult")
                .or().haveSimpleNameStartingWith("CredentialRow")
                .or().haveSimpleNameStartingWith("TrunkServiceFactory")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.trunkwizard.ui.credentials"));
    }
}
