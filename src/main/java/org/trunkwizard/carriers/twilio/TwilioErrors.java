package org.trunkwizard.carriers.twilio;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.validation.Problem;

/** Reads Twilio's {@code {"code", "message", "more_info", "status"}} into a problem that says what to do. */
final class TwilioErrors {

    private static final int MAX_TEXT = 300;

    private TwilioErrors() {
    }

    static TwilioException of(int status, JsonObject body) {
        int code = body == null ? 0 : intOr(body.get("code"));
        String message = body == null ? "" : text(body.get("message"));
        String moreInfo = body == null ? "" : text(body.get("more_info"));
        boolean retryable = status == 429 || status >= 500;
        String hint;
        if (status == 401 || code == 20003) {
            hint = Messages.get("twilio.error.auth.hint", TwilioAccount.ACCOUNT_SID_ENV, TwilioAccount.AUTH_TOKEN_ENV,
                    TwilioAccount.API_KEY_ENV, TwilioAccount.API_SECRET_ENV);
        } else if (retryable) {
            hint = Messages.get("twilio.error.retry.hint");
        } else {
            hint = moreInfo.isEmpty() ? Messages.get("twilio.error.console.hint")
                    : Messages.get("twilio.error.moreInfo.hint", moreInfo);
        }
        String said = message.isEmpty() ? Messages.get("twilio.error.noMessage") : message;
        return new TwilioException(Problem.error("twilio", Messages.get("twilio.error.refused", status,
                code == 0 ? "-" : String.valueOf(code), said), hint), retryable, status);
    }

    private static int intOr(JsonElement e) {
        try {
            return e == null || e.isJsonNull() ? 0 : e.getAsInt();
        } catch (RuntimeException ex) {
            return 0;
        }
    }

    /** Server text goes to a terminal: no control characters, bounded length. */
    static String text(JsonElement e) {
        if (e == null || e.isJsonNull() || !e.isJsonPrimitive()) {
            return "";
        }
        String s = e.getAsString().replaceAll("\\p{Cntrl}", " ");
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "..." : s;
    }
}
