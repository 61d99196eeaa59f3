package org.trunkwizard.carriers.twilio;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.trunkwizard.i18n.Messages;

/**
 * The few Twilio endpoints a trunk setup needs (api.twilio.com 2010-04-01, trunking.twilio.com v1), typed.
 * A small client rather than Twilio's SDK: see the README's dependency section for the sizes.
 */
public final class TwilioClient {

    /** A bound on pages followed, so a server that always says "next" cannot keep us reading. */
    static final int MAX_PAGES = 50;

    public record IncomingNumber(String sid, String phoneNumber, String trunkSid, String voiceApplicationSid,
                                 String voiceUrl) {
    }

    public record Trunk(String sid, String friendlyName, String domainName, String authType) {
    }

    /** A credential list, a credential, an origination URL or a number on a trunk: a SID and what names it. */
    public record Item(String sid, String name) {
    }

    private final TwilioHttp http;
    private final TwilioHosts hosts;
    private final String accountSid;

    public TwilioClient(TwilioAccount account, TwilioHosts hosts, Duration connect, Duration read) {
        this.http = new TwilioHttp(account, connect, read);
        this.hosts = hosts;
        this.accountSid = account.accountSid();
    }

    public List<IncomingNumber> incomingNumbers() throws TwilioException {
        return pages(account("IncomingPhoneNumbers.json").addQueryParameter("PageSize", "1000").build(),
                "incoming_phone_numbers", o -> new IncomingNumber(s(o, "sid"), s(o, "phone_number"),
                        s(o, "trunk_sid"), s(o, "voice_application_sid"), s(o, "voice_url")));
    }

    public List<Trunk> trunks() throws TwilioException {
        return pages(trunking("Trunks").addQueryParameter("PageSize", "1000").build(), "trunks", TwilioClient::trunk);
    }

    public Trunk trunk(String trunkSid) throws TwilioException {
        return trunk(http.get(trunking("Trunks", trunkSid).build()));
    }

    public Trunk createTrunk(String friendlyName, String domainName) throws TwilioException {
        return trunk(during(() -> http.post(trunking("Trunks").build(),
                form("FriendlyName", friendlyName, "DomainName", domainName)),
                Messages.get("twilio.during.createTrunk", friendlyName)));
    }

    public void deleteTrunk(String trunkSid) throws TwilioException {
        during(() -> http.delete(trunking("Trunks", trunkSid).build()),
                Messages.get("twilio.during.deleteTrunk", trunkSid));
    }

    public List<Item> credentialLists() throws TwilioException {
        return pages(account("SIP", "CredentialLists.json").addQueryParameter("PageSize", "1000").build(),
                "credential_lists", o -> new Item(s(o, "sid"), s(o, "friendly_name")));
    }

    public Item createCredentialList(String friendlyName) throws TwilioException {
        JsonObject o = during(() -> http.post(account("SIP", "CredentialLists.json").build(),
                form("FriendlyName", friendlyName)), Messages.get("twilio.during.createCredentialList", friendlyName));
        return new Item(s(o, "sid"), s(o, "friendly_name"));
    }

    public void deleteCredentialList(String listSid) throws TwilioException {
        during(() -> http.delete(account("SIP", "CredentialLists", listSid + ".json").build()),
                Messages.get("twilio.during.deleteCredentialList", listSid));
    }

    public List<Item> credentials(String listSid) throws TwilioException {
        return pages(account("SIP", "CredentialLists", listSid, "Credentials.json").build(), "credentials",
                o -> new Item(s(o, "sid"), s(o, "username")));
    }

    public Item createCredential(String listSid, String username, String password) throws TwilioException {
        JsonObject o = during(() -> http.post(account("SIP", "CredentialLists", listSid, "Credentials.json").build(),
                form("Username", username, "Password", password)),
                Messages.get("twilio.during.createCredential", username, listSid));
        return new Item(s(o, "sid"), s(o, "username"));
    }

    public void deleteCredential(String listSid, String credentialSid) throws TwilioException {
        during(() -> http.delete(account("SIP", "CredentialLists", listSid, "Credentials", credentialSid + ".json")
                .build()), Messages.get("twilio.during.deleteCredential", credentialSid, listSid));
    }

    /** Twilio never shows a password again; setting a new one is how a lost one is replaced. */
    public void setCredentialPassword(String listSid, String credentialSid, String password) throws TwilioException {
        during(() -> http.post(account("SIP", "CredentialLists", listSid, "Credentials", credentialSid + ".json")
                .build(), form("Password", password)), Messages.get("twilio.during.setPassword", credentialSid));
    }

    public List<Item> trunkCredentialLists(String trunkSid) throws TwilioException {
        return pages(trunking("Trunks", trunkSid, "CredentialLists").build(), "credential_lists",
                o -> new Item(s(o, "sid"), s(o, "friendly_name")));
    }

    public void attachCredentialList(String trunkSid, String listSid) throws TwilioException {
        during(() -> http.post(trunking("Trunks", trunkSid, "CredentialLists").build(),
                form("CredentialListSid", listSid)), Messages.get("twilio.during.attachCredentialList", trunkSid, listSid));
    }

    public void detachCredentialList(String trunkSid, String listSid) throws TwilioException {
        during(() -> http.delete(trunking("Trunks", trunkSid, "CredentialLists", listSid).build()),
                Messages.get("twilio.during.detachCredentialList", trunkSid, listSid));
    }

    /** The numbers on a trunk: SID of the number and the number itself. */
    public List<Item> trunkNumbers(String trunkSid) throws TwilioException {
        return pages(trunking("Trunks", trunkSid, "PhoneNumbers").build(), "phone_numbers",
                o -> new Item(s(o, "sid"), s(o, "phone_number")));
    }

    public void attachNumber(String trunkSid, String phoneNumberSid) throws TwilioException {
        during(() -> http.post(trunking("Trunks", trunkSid, "PhoneNumbers").build(),
                form("PhoneNumberSid", phoneNumberSid)), Messages.get("twilio.during.attachNumber", trunkSid, phoneNumberSid));
    }

    /** Points the number's calls at a TwiML app again (how undo gives back a number it moved from one). */
    public void setVoiceApplication(String phoneNumberSid, String appSid) throws TwilioException {
        during(() -> http.post(account("IncomingPhoneNumbers", phoneNumberSid + ".json").build(),
                form("VoiceApplicationSid", appSid)), Messages.get("twilio.during.setVoiceApplication", phoneNumberSid, appSid));
    }

    public void detachNumber(String trunkSid, String phoneNumberSid) throws TwilioException {
        during(() -> http.delete(trunking("Trunks", trunkSid, "PhoneNumbers", phoneNumberSid).build()),
                Messages.get("twilio.during.detachNumber", trunkSid, phoneNumberSid));
    }

    public List<Item> originationUrls(String trunkSid) throws TwilioException {
        return pages(trunking("Trunks", trunkSid, "OriginationUrls").build(), "origination_urls",
                o -> new Item(s(o, "sid"), s(o, "sip_url")));
    }

    public Item createOriginationUrl(String trunkSid, String friendlyName, String sipUrl) throws TwilioException {
        JsonObject o = during(() -> http.post(trunking("Trunks", trunkSid, "OriginationUrls").build(), form(
                "FriendlyName", friendlyName, "SipUrl", sipUrl, "Weight", "10", "Priority", "10", "Enabled", "true")),
                Messages.get("twilio.during.createOriginationUrl", trunkSid, sipUrl));
        return new Item(s(o, "sid"), s(o, "sip_url"));
    }

    public void deleteOriginationUrl(String trunkSid, String urlSid) throws TwilioException {
        during(() -> http.delete(trunking("Trunks", trunkSid, "OriginationUrls", urlSid).build()),
                Messages.get("twilio.during.deleteOriginationUrl", urlSid, trunkSid));
    }

    /** Whether calls to ordinary numbers of this country (ISO 3166 alpha-2) are allowed: the geo permission. */
    public boolean lowRiskDialingEnabled(String isoCode) throws TwilioException {
        JsonObject o = http.get(hosts.voice().newBuilder().addPathSegment("v1").addPathSegment("DialingPermissions")
                .addPathSegment("Countries").addPathSegment(isoCode).build());
        return "true".equals(s(o, "low_risk_numbers_enabled"));
    }

    private HttpUrl.Builder account(String... rest) {
        HttpUrl.Builder b = hosts.api().newBuilder().addPathSegment("2010-04-01").addPathSegment("Accounts")
                .addPathSegment(accountSid);
        for (String r : rest) {
            b.addPathSegment(r);
        }
        return b;
    }

    private HttpUrl.Builder trunking(String... rest) {
        HttpUrl.Builder b = hosts.trunking().newBuilder().addPathSegment("v1");
        for (String r : rest) {
            b.addPathSegment(r);
        }
        return b;
    }

    private <T> List<T> pages(HttpUrl first, String key, Function<JsonObject, T> read) throws TwilioException {
        List<T> all = new ArrayList<>();
        HttpUrl url = first;
        for (int page = 0; page < MAX_PAGES && url != null; page++) {
            JsonObject reply = http.get(url);
            JsonElement items = reply.get(key);
            if (items instanceof JsonArray array) {
                for (JsonElement e : array) {
                    if (e.isJsonObject()) {
                        all.add(read.apply(e.getAsJsonObject()));
                    }
                }
            }
            url = next(reply, url);
        }
        return all;
    }

    /** The next page on the host we were given: Twilio names it as a path (api) or a full URL (trunking). */
    private static HttpUrl next(JsonObject reply, HttpUrl current) {
        String next = s(reply, "next_page_uri");
        if (next.isEmpty() && reply.get("meta") instanceof JsonObject meta) {
            next = s(meta, "next_page_url");
        }
        if (next.isEmpty()) {
            return null;
        }
        HttpUrl absolute = next.startsWith("/") ? current.resolve(next) : HttpUrl.parse(next);
        if (absolute == null) {
            return null;
        }
        return absolute.newBuilder().scheme(current.scheme()).host(current.host()).port(current.port()).build();
    }

    private static Trunk trunk(JsonObject o) {
        return new Trunk(s(o, "sid"), s(o, "friendly_name"), s(o, "domain_name"), s(o, "auth_type"));
    }

    static String s(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? "" : e.getAsString();
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private interface Change {
        JsonObject send() throws TwilioException;
    }

    private interface Removal {
        void send() throws TwilioException;
    }

    private static void during(Removal removal, String doing) throws TwilioException {
        during(() -> {
            removal.send();
            return null;
        }, doing);
    }

    /** Runs one change; a refusal says which change it was, so the admin knows what did not happen. */
    private static JsonObject during(Change change, String doing) throws TwilioException {
        try {
            return change.send();
        } catch (TwilioException e) {
            throw e.during(doing);
        }
    }
}
