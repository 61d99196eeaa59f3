package org.trunkwizard.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projects in the LiveKit CLI's {@code ~/.livekit/cli-config.yaml}, as {@code lk project add} writes them:
 * {@code projects: [{name, project_id, url, api_key, api_secret}]}. A reader of that one known shape (block
 * lists of flat maps, plain or quoted scalars, comments), not of YAML at large: a YAML library would be the only
 * user of its weight, and a file that is not this shape gives no projects rather than a guess.
 */
public final class LkCliConfig {

    /** One project; {@link #toString()} leaves the secret out. Absent fields are empty strings. */
    public record LkProject(String name, String projectId, String url, String apiKey, String apiSecret) {

        @Override
        public String toString() {
            return "LkProject[" + name + ", " + url + ", key=" + apiKey + "]";
        }
    }

    private LkCliConfig() {
    }

    public static List<LkProject> projects(String yaml) {
        List<Map<String, String>> items = new ArrayList<>();
        Map<String, String> current = null;
        boolean inProjects = false;
        for (String raw : (yaml == null ? "" : yaml).split("\\R")) {
            String line = withoutComment(raw);
            if (line.isBlank()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String text = line.strip();
            if (indent == 0 && !text.startsWith("-")) {
                inProjects = key(text).equals("projects") && value(text).isEmpty();
                current = null;
                continue;
            }
            if (!inProjects) {
                continue;
            }
            if (text.startsWith("-")) {
                current = new LinkedHashMap<>();
                items.add(current);
                text = text.substring(1).strip();
                if (text.isEmpty()) {
                    continue;
                }
            }
            if (current != null && text.indexOf(':') > 0) {
                current.put(key(text), value(text));
            }
        }
        return items.stream().map(m -> new LkProject(m.getOrDefault("name", ""), m.getOrDefault("project_id", ""),
                m.getOrDefault("url", ""), m.getOrDefault("api_key", ""), m.getOrDefault("api_secret", ""))).toList();
    }

    private static String key(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? text : unquote(text.substring(0, colon).strip());
    }

    private static String value(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? "" : unquote(text.substring(colon + 1).strip());
    }

    /** 'single' (with '' for a quote) and "double" (with backslash escapes) quoted scalars; plain ones as they are. */
    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return v;
    }

    /** A {@code #} starts a comment at the line's start or after a blank, outside quotes. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
