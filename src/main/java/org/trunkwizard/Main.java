package org.trunkwizard;

import org.trunkwizard.cli.Cli;
import org.trunkwizard.startup.ArchiveRelaunch;

/**
 * Entry point. No arguments (or {@code gui}) opens the window; a command word runs the CLI.
 * The CLI path never touches a class of the {@code ui} package, so the JavaFX toolkit is never loaded for it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "gui".equals(args[0])) {
            java.util.OptionalInt child = ArchiveRelaunch.run();
            if (child.isPresent()) {
                System.exit(child.getAsInt());
            }
            org.trunkwizard.ui.WizardLauncher.launch(args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int code = Cli.standard().run(args);
        System.exit(code);
    }
}
