package org.trunkwizard.ui;


/** A wizard window whose LiveKit is the real client (SipApi) against a fresh LiveKit-compatible test server. */
abstract class LiveKitWizardTestBase extends WizardTestBase {

    @Override
    WizardEnv env() {
        return new WizardEnv(configDir, liveKit());
    }
}
