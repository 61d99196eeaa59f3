package org.trunkwizard.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.List;
import org.trunkwizard.validation.Problem;

/** Prints problems one per line ({@code error FIELD: message}, then the hint indented), or as JSON. */
public final class ProblemPrinter {

    private ProblemPrinter() {
    }

    public static void print(List<Problem> problems, PrintStream out) {
        for (Problem p : problems) {
            out.println(p.severity().word() + " " + p.field() + ": " + p.message());
            if (!p.hint().isEmpty()) {
                out.println("  " + p.hint());
            }
        }
    }

    public static JsonArray toJson(List<Problem> problems) {
        JsonArray array = new JsonArray();
        for (Problem p : problems) {
            JsonObject o = new JsonObject();
            o.addProperty("field", p.field());
            o.addProperty("severity", p.severity().word());
            o.addProperty("message", p.message());
            o.addProperty("hint", p.hint());
            array.add(o);
        }
        return array;
    }
}
