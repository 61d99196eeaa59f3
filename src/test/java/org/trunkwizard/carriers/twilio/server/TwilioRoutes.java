package org.trunkwizard.carriers.twilio.server;

import static org.trunkwizard.carriers.twilio.server.TwilioTestServer.error;
import static org.trunkwizard.carriers.twilio.server.TwilioTestServer.list;
import static org.trunkwizard.carriers.twilio.server.TwilioTestServer.ok;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer.CredentialList;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer.Number;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer.Reply;
import org.trunkwizard.carriers.twilio.server.TwilioTestServer.Trunk;

/** The server's endpoints; called with the server's lock held. */
final class TwilioRoutes {

    private static final String SID = "([A-Z]{2}[0-9a-f]{32})";

    private final TwilioTestServer s;
    private final String account;

    TwilioRoutes(TwilioTestServer server, String accountSid) {
        this.s = server;
        this.account = "/2010-04-01/Accounts/" + accountSid;
    }

    Reply route(String method, String path, Map<String, String> form) {
        String m = method + " " + path;
        Matcher x;
        if (m.equals("GET " + account + "/IncomingPhoneNumbers.json")) {
            return list("incoming_phone_numbers", s.numbers.values().stream().map(TwilioRoutes::number).toList());
        }
        if ((x = TwilioTestServer.match("POST " + account + "/IncomingPhoneNumbers/" + SID + "\\.json", m)).matches()) {
            TwilioTestServer.Number n = s.numbers.get(x.group(1));
            if (n == null) {
                return notFound();
            }
            if (form.containsKey("VoiceApplicationSid")) {
                if (!n.trunkSid.isEmpty()) {
                    // Twilio: a number on a trunk takes its calls from the trunk; it must leave the trunk first.
                    return error(400, 21421, "The phone number is associated with a trunk");
                }
                n.voiceApplicationSid = form.get("VoiceApplicationSid");
            }
            return ok(200, number(n));
        }
        if (m.equals("GET " + account + "/SIP/CredentialLists.json")) {
            return list("credential_lists", s.lists.values().stream().map(TwilioRoutes::listJson).toList());
        }
        if (m.equals("POST " + account + "/SIP/CredentialLists.json")) {
            return createList(form);
        }
        if ((x = TwilioTestServer.match("(GET|POST|DELETE) " + account + "/SIP/CredentialLists/" + SID
                + "(?:/Credentials(?:/" + SID + ")?)?\\.json", m)).matches()) {
            return credentials(x, m, form);
        }
        if ((x = TwilioTestServer.match("GET /v1/DialingPermissions/Countries/([A-Z]{2})", m)).matches()) {
            JsonObject o = new JsonObject();
            o.addProperty("iso_code", x.group(1));
            o.addProperty("low_risk_numbers_enabled", s.dialable.contains(x.group(1)));
            return ok(200, o);
        }
        if (m.equals("GET /v1/Trunks")) {
            return list("trunks", s.trunks.values().stream().map(this::trunk).toList());
        }
        if (m.equals("POST /v1/Trunks")) {
            return createTrunk(form);
        }
        if ((x = TwilioTestServer.match("(GET|POST|DELETE) /v1/Trunks/" + SID + "(?:/(\\w+)(?:/" + SID + ")?)?",
                m)).matches()) {
            Trunk t = s.trunks.get(x.group(2));
            if (t == null) {
                return notFound();
            }
            return x.group(3) == null ? trunkItself(t, x.group(1)) : new TrunkParts(s, t).route(x.group(1),
                    x.group(3), x.group(4), form);
        }
        return notFound();
    }

    static Reply notFound() {
        return error(404, 20404, "The requested resource was not found");
    }

    static Reply missing(String parameter) {
        return error(400, 21201, "Required parameter " + parameter + " missing.");
    }

    private Reply createList(Map<String, String> form) {
        String name = form.get("FriendlyName");
        if (name == null || name.isBlank()) {
            return missing("FriendlyName");
        }
        if (name.length() > 64) {
            return error(400, 21202, "FriendlyName must be at most 64 characters");
        }
        CredentialList l = new CredentialList();
        l.sid = s.sid("CL");
        l.friendlyName = name;
        s.lists.put(l.sid, l);
        return ok(201, listJson(l));
    }

    private Reply credentials(Matcher x, String m, Map<String, String> form) {
        CredentialList l = s.lists.get(x.group(2));
        if (l == null) {
            return notFound();
        }
        boolean sub = m.contains("/Credentials");
        String credential = x.group(3);
        String method = x.group(1);
        if (!sub) {
            if ("DELETE".equals(method)) {
                s.lists.remove(l.sid);
                s.trunks.values().forEach(t -> t.credentialLists.remove(l.sid));
                return ok(204, null);
            }
            return "GET".equals(method) ? ok(200, listJson(l)) : notFound();
        }
        if (credential == null) {
            if ("GET".equals(method)) {
                return list("credentials", l.credentials.entrySet().stream()
                        .map(e -> credential(e.getKey(), e.getValue()[0])).toList());
            }
            if (!"POST".equals(method)) {
                return notFound();
            }
            String username = form.get("Username");
            String password = form.get("Password");
            if (username == null || username.isEmpty()) {
                return missing("Username");
            }
            if (password == null || password.isEmpty()) {
                return missing("Password");
            }
            if (username.length() > 32) {
                return error(400, 21203, "Username must be at most 32 characters");
            }
            if (l.credentials.values().stream().anyMatch(c -> c[0].equals(username))) {
                return error(409, 21204, "A credential with this Username already exists in the list");
            }
            Reply weak = weakPassword(password);
            if (weak != null) {
                return weak;
            }
            String sid = s.sid("CR");
            l.credentials.put(sid, new String[] {username, password});
            return ok(201, credential(sid, username));
        }
        String[] c = l.credentials.get(credential);
        if (c == null) {
            return notFound();
        }
        if ("DELETE".equals(method)) {
            l.credentials.remove(credential);
            return ok(204, null);
        }
        if ("POST".equals(method)) {
            String password = form.get("Password");
            Reply weak = password == null ? missing("Password") : weakPassword(password);
            if (weak != null) {
                return weak;
            }
            c[1] = password;
        }
        // Twilio never returns a password once set: neither do we.
        return ok(200, credential(credential, c[0]));
    }

    private static Reply weakPassword(String password) {
        boolean ok = password.length() >= 12 && password.chars().anyMatch(Character::isDigit)
                && password.chars().anyMatch(Character::isUpperCase) && password.chars().anyMatch(Character::isLowerCase);
        return ok ? null : error(400, 21205,
                "Password must be at least 12 characters with a digit, an upper and a lower case letter");
    }

    private Reply createTrunk(Map<String, String> form) {
        String domain = form.get("DomainName");
        if (domain != null) {
            if (!domain.endsWith(TwilioTestServer.PSTN) || !domain.matches("[A-Za-z0-9.-]+")) {
                return error(400, 21245, "DomainName must contain letters, digits and - and end with pstn.twilio.com");
            }
            if (s.trunks.values().stream().anyMatch(t -> domain.equalsIgnoreCase(t.domainName))) {
                return error(409, 21248, "DomainName is already in use");
            }
        }
        Trunk t = new Trunk();
        t.sid = s.sid("TK");
        t.friendlyName = form.getOrDefault("FriendlyName", "");
        t.domainName = domain == null ? "" : domain;
        s.trunks.put(t.sid, t);
        return ok(201, trunk(t));
    }

    private Reply trunkItself(Trunk t, String method) {
        if ("DELETE".equals(method)) {
            s.trunks.remove(t.sid);
            s.numbers.values().stream().filter(n -> n.trunkSid.equals(t.sid)).forEach(n -> n.trunkSid = "");
            return ok(204, null);
        }
        return "GET".equals(method) ? ok(200, trunk(t)) : notFound();
    }

    JsonObject trunk(Trunk t) {
        JsonObject o = new JsonObject();
        o.addProperty("sid", t.sid);
        o.addProperty("friendly_name", t.friendlyName);
        o.addProperty("domain_name", t.domainName);
        o.addProperty("auth_type", s.authType(t.sid));
        return o;
    }

    static JsonObject number(Number n) {
        JsonObject o = new JsonObject();
        o.addProperty("sid", n.sid);
        o.addProperty("phone_number", n.phoneNumber);
        o.addProperty("trunk_sid", n.trunkSid.isEmpty() ? null : n.trunkSid);
        o.addProperty("voice_application_sid", n.voiceApplicationSid.isEmpty() ? null : n.voiceApplicationSid);
        o.addProperty("voice_url", "https://demo.twilio.com/welcome/voice/");
        return o;
    }

    static JsonObject listJson(CredentialList l) {
        JsonObject o = new JsonObject();
        o.addProperty("sid", l.sid);
        o.addProperty("friendly_name", l.friendlyName);
        return o;
    }

    private static JsonObject credential(String sid, String username) {
        JsonObject o = new JsonObject();
        o.addProperty("sid", sid);
        o.addProperty("username", username);
        return o;
    }

}
