package org.trunkwizard.carriers.twilio.server;

import static org.trunkwizard.carriers.twilio.server.TwilioTestServer.error;
import static org.trunkwizard.carriers.twilio.server.TwilioTestServer.list;
import static org.trunkwizard.carriers.twilio.server.TwilioTestServer.ok;

import com.google.gson.JsonObject;
import java.util.Map;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer.Number;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer.Reply;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer.Trunk;

/** A trunk's CredentialLists, PhoneNumbers and OriginationUrls. */
final class TrunkParts {

    private final TwilioTestServer s;
    private final Trunk t;

    TrunkParts(TwilioTestServer server, Trunk trunk) {
        this.s = server;
        this.t = trunk;
    }

    Reply route(String method, String part, String sid, Map<String, String> form) {
        return switch (part) {
            case "CredentialLists" -> credentialLists(method, sid, form);
            case "PhoneNumbers" -> phoneNumbers(method, sid, form);
            case "OriginationUrls" -> originationUrls(method, sid, form);
            default -> TwilioRoutes.notFound();
        };
    }

    private Reply credentialLists(String method, String sid, Map<String, String> form) {
        if (sid != null) {
            return "DELETE".equals(method) && t.credentialLists.remove(sid) ? ok(204, null) : TwilioRoutes.notFound();
        }
        if ("GET".equals(method)) {
            return list("credential_lists", t.credentialLists.stream().map(c -> TwilioRoutes.listJson(s.lists.get(c)))
                    .toList());
        }
        String list = form.get("CredentialListSid");
        if (list == null) {
            return TwilioRoutes.missing("CredentialListSid");
        }
        if (!s.lists.containsKey(list)) {
            return TwilioRoutes.notFound();
        }
        if (!t.credentialLists.add(list)) {
            return error(409, 21206, "The credential list is already on this trunk");
        }
        return ok(201, TwilioRoutes.listJson(s.lists.get(list)));
    }

    private Reply phoneNumbers(String method, String sid, Map<String, String> form) {
        if (sid != null) {
            Number n = s.numbers.get(sid);
            if (!"DELETE".equals(method) || n == null || !n.trunkSid.equals(t.sid)) {
                return TwilioRoutes.notFound();
            }
            n.trunkSid = "";
            return ok(204, null);
        }
        if ("GET".equals(method)) {
            return list("phone_numbers", s.numbers.values().stream().filter(n -> n.trunkSid.equals(t.sid))
                    .map(TwilioRoutes::number).toList());
        }
        String pn = form.get("PhoneNumberSid");
        if (pn == null) {
            return TwilioRoutes.missing("PhoneNumberSid");
        }
        Number n = s.numbers.get(pn);
        if (n == null) {
            return TwilioRoutes.notFound();
        }
        n.trunkSid = t.sid;
        n.voiceApplicationSid = "";
        return ok(201, TwilioRoutes.number(n));
    }

    private Reply originationUrls(String method, String sid, Map<String, String> form) {
        if (sid != null) {
            return "DELETE".equals(method) && t.originationUrls.remove(sid) != null ? ok(204, null)
                    : TwilioRoutes.notFound();
        }
        if ("GET".equals(method)) {
            return list("origination_urls", t.originationUrls.entrySet().stream()
                    .map(e -> url(e.getKey(), e.getValue())).toList());
        }
        for (String required : new String[] {"Weight", "Priority", "Enabled", "FriendlyName", "SipUrl"}) {
            if (form.get(required) == null || form.get(required).isEmpty()) {
                return TwilioRoutes.missing(required);
            }
        }
        if (!form.get("SipUrl").startsWith("sip:")) {
            return error(400, 21207, "SipUrl must be a sip: URI");
        }
        String id = s.sid("OU");
        t.originationUrls.put(id, new String[] {form.get("FriendlyName"), form.get("SipUrl")});
        return ok(201, url(id, t.originationUrls.get(id)));
    }

    private static JsonObject url(String sid, String[] v) {
        JsonObject o = new JsonObject();
        o.addProperty("sid", sid);
        o.addProperty("friendly_name", v[0]);
        o.addProperty("sip_url", v[1]);
        return o;
    }
}
