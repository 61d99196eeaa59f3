package org.trunkwizard.trunk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trunkwizard.i18n.Messages;

/**
 * Reads and writes the guide's text block, one {@code Key: value} per line, as in its
 * "Complete Example Configuration". Blank lines, {@code #} comments and Markdown code fences are skipped.
 */
public final class GuideText {

    private static final Pattern SECRET_WORD = Pattern.compile("(?i)(pass|secret|token|pwd|key)[\\p{L}\\p{N}_-]*");
    private static final String HIDDEN = "********";

    private GuideText() {
    }

    public static TrunkSpec read(String text) throws TrunkFormatException {
        return readDocument(text).spec();
    }

    /**
     * The trunk and the fields the text states. A key left blank (a template's {@code Password:}) states nothing,
     * so an update from a filled-in template changes only what was filled in.
     */
    public static TrunkDocument readDocument(String text) throws TrunkFormatException {
        TrunkSpec.Builder b = TrunkSpec.builder();
        Set<String> stated = new LinkedHashSet<>();
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("```")) {
                continue;
            }
            int lineNo = i + 1;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new TrunkFormatException(Messages.get("file.text.noColon", lineNo, withoutSecret(line)));
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            any = true;
            fieldOf(key).filter(f -> !value.isEmpty()).ifPresent(stated::add);
            switch (key) {
                case "trunk name", "name" -> b.name(value);
                case "trunk direction", "direction" -> {
                    if (!value.isEmpty() && !value.equalsIgnoreCase("outbound")) {
                        throw new TrunkFormatException(Messages.get("file.text.direction", lineNo, value));
                    }
                }
                case "address" -> b.address(value);
                case "transport" -> b.transport(Transport.fromText(value).orElseThrow(
                        () -> new TrunkFormatException(Messages.get("file.text.transport", lineNo, value))));
                case "numbers", "number" -> b.numbers(splitList(value));
                case "media encryption (srtp)", "media encryption", "srtp" ->
                        b.mediaEncryption(MediaEncryption.fromText(value).orElseThrow(
                                () -> new TrunkFormatException(Messages.get("file.text.srtp", lineNo, value))));
                case "username", "auth username" -> b.authUsername(value);
                case "password", "auth password" -> b.authPassword(value);
                case "destination country" -> b.destinationCountry(value);
                case "metadata" -> b.metadata(value);
                case "header" -> {
                    int eq = value.indexOf(':') >= 0 ? value.indexOf(':') : value.indexOf('=');
                    if (eq <= 0) {
                        // Not echoed: header values are often credentials (Authorization, X-Api-Key).
                        throw new TrunkFormatException(Messages.get("file.text.header", lineNo));
                    }
                    headers.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
                }
                default -> throw new TrunkFormatException(Messages.get("file.text.unknownKey", lineNo,
                        line.substring(0, colon).strip()));
            }
        }
        if (!any) {
            throw new TrunkFormatException(Messages.get("file.empty"));
        }
        return new TrunkDocument(b.headers(headers).build(), stated, List.of(), List.of());
    }

    /** The lk name of the field a key sets. */
    private static Optional<String> fieldOf(String key) {
        return Optional.ofNullable(switch (key) {
            case "trunk name", "name" -> "name";
            case "address" -> "address";
            case "transport" -> "transport";
            case "numbers", "number" -> "numbers";
            case "media encryption (srtp)", "media encryption", "srtp" -> "media_encryption";
            case "username", "auth username" -> "auth_username";
            case "password", "auth password" -> "auth_password";
            case "destination country" -> "destination_country";
            case "metadata" -> "metadata";
            case "header" -> "headers";
            default -> null;
        });
    }

    /**
     * A line that is not "Key: value", fit to quote: from a word such as password, secret, token or key on, the
     * rest is hidden ({@code Password = hunter2} is the likeliest mistake, and its value is the password).
     */
    static String withoutSecret(String line) {
        Matcher m = SECRET_WORD.matcher(line);
        return m.find() ? line.substring(0, m.end()) + " " + HIDDEN : line;
    }

    /** The spec as a guide-style block; the password line only when asked for. */
    public static String write(TrunkSpec spec, boolean includePassword) {
        StringBuilder s = new StringBuilder();
        s.append("Trunk name: ").append(spec.name()).append('\n');
        s.append("Trunk direction: Outbound\n");
        s.append("Address: ").append(spec.address()).append('\n');
        s.append("Transport: ").append(title(spec.transport().name())).append('\n');
        s.append("Numbers: ").append(String.join(",", spec.numbers())).append('\n');
        s.append("Media encryption (SRTP): ").append(title(spec.mediaEncryption().name())).append('\n');
        if (!spec.authUsername().isEmpty()) {
            s.append("Username: ").append(spec.authUsername()).append('\n');
        }
        if (includePassword && spec.hasPassword()) {
            s.append("Password: ").append(spec.authPassword()).append('\n');
        }
        if (!spec.destinationCountry().isEmpty()) {
            s.append("Destination country: ").append(spec.destinationCountry()).append('\n');
        }
        spec.headers().forEach((k, v) -> s.append("Header: ").append(k).append(": ").append(v).append('\n'));
        return s.toString();
    }

    /** Splits on commas, semicolons and line breaks; spaces stay inside an entry ("+1 650 253 0000"). */
    static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("[,;\\n]")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String title(String enumName) {
        String lower = enumName.toLowerCase(Locale.ROOT);
        return enumName.length() <= 3 ? enumName : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
