package org.trunkwizard.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trunkwizard.trunk.Carrier;

/** TEMP stub (lead: drop on merge). */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    public static List<Problem> check(String username, String password, Optional<Carrier> carrier) {
        List<Problem> problems = new ArrayList<>();
        String pass = password == null ? "" : password;
        if (!pass.isEmpty() && (pass.length() < 12 || !pass.matches(".*[0-9].*"))) {
            problems.add(Problem.error("auth_password", "The password is too weak (stub).", "Press Generate."));
        }
        return problems;
    }

    public static int strength(String pw) {
        return pw == null ? 0 : Math.min(4, pw.length() / 5);
    }
}
