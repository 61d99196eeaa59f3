package org.trunkwizard.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trunkwizard.i18n.Messages;

/**
 * A command's arguments: positionals, {@code --flag} switches and {@code --option VALUE} (or {@code --option=VALUE}).
 * Each command declares which flags and options it knows; anything else is a usage error.
 */
public final class Args {

    private final List<String> positionals = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> options = new HashMap<>();
    /** Every value of an option given more than once ({@code --number A --number B}); {@link #option} keeps the last. */
    private final Map<String, List<String>> repeated = new HashMap<>();

    private Args() {
    }

    public static Args parse(List<String> raw, Set<String> knownFlags, Set<String> knownOptions)
            throws UsageException {
        Args a = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (knownFlags.contains(name) && value == null) {
                    a.flags.add(name);
                } else if (knownOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= raw.size()) {
                            throw new UsageException(Messages.get("cli.usage.missingValue", "--" + name));
                        }
                        value = raw.get(++i);
                    }
                    a.options.put(name, value);
                    a.repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException(Messages.get("cli.usage.unknownOption", "--" + name));
                }
            } else {
                a.positionals.add(arg);
            }
        }
        return a;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** Every value given for a repeatable option, in order; empty when none. */
    public List<String> options(String name) {
        return List.copyOf(repeated.getOrDefault(name, List.of()));
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }

    /** The positional at {@code index}, or a usage error naming what is missing. */
    public String positional(int index, String what) throws UsageException {
        if (index >= positionals.size()) {
            throw new UsageException(Messages.get("cli.usage.missingArgument", what));
        }
        return positionals.get(index);
    }

    public void expectAtMost(int count) throws UsageException {
        if (positionals.size() > count) {
            throw new UsageException(Messages.get("cli.usage.extraArgument", positionals.get(count)));
        }
    }
}
