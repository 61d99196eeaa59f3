package org.trunkwizard.startup;

/** The main of the jar ArchiveRelaunchTest starts: exits with the code given. */
public final class ExitWith {

    private ExitWith() {
    }

    public static void main(String[] args) {
        System.exit(Integer.parseInt(args[0]));
    }
}
