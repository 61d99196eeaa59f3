package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks DNS for a SIP server's records with dnsjava: the JDK resolver knows only addresses, and a carrier may
 * publish its SIP servers in SRV and NAPTR records (RFC 3263).
 */
public final class DnsLookup {

    /** The SRV services LiveKit may use, in the order RFC 3263 lists them. */
    static final List<String> SERVICES = List.of("_sip._udp", "_sip._tcp", "_sips._tcp");

    private final Resolver resolver;

    private DnsLookup(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The computer's own DNS servers. */
    public static DnsLookup system() {
        return new DnsLookup(new ExtendedResolver());
    }

    /** One DNS server, e.g. a test's dnsmasq on loopback. */
    public static DnsLookup server(InetSocketAddress server) {
        return new DnsLookup(new SimpleResolver(server));
    }

    /**
     * Every record the check needs, each query bounded by {@code perQuery}.
     *
     * @throws IOException when DNS itself does not answer
     */
    public ResolvedName resolve(String host, Duration perQuery) throws IOException {
        resolver.setTimeout(perQuery);
        Name name = absolute(host);
        Message a = query(name, Type.A);
        if (a.getRcode() == Rcode.NXDOMAIN) {
            return new ResolvedName(false, List.of(), List.of(), List.of(), Map.of());
        }
        List<InetAddress> addresses = new ArrayList<>(addresses(a));
        addresses.addAll(addresses(query(name, Type.AAAA)));
        List<String> naptr = query(name, Type.NAPTR).getSection(Section.ANSWER).stream()
                .filter(NAPTRRecord.class::isInstance).map(NAPTRRecord.class::cast)
                .map(r -> r.getService() + " -> " + r.getReplacement().toString(true)).toList();
        List<ServiceRecord> services = new ArrayList<>();
        Map<String, List<InetAddress>> targets = new LinkedHashMap<>();
        for (String service : SERVICES) {
            List<ServiceRecord> found = query(absolute(service + "." + host), Type.SRV).getSection(Section.ANSWER)
                    .stream().filter(SRVRecord.class::isInstance).map(SRVRecord.class::cast)
                    .map(r -> new ServiceRecord(service, r.getTarget().toString(true), r.getPort(),
                            r.getPriority(), r.getWeight()))
                    .sorted(Comparator.comparingInt(ServiceRecord::priority)
                            .thenComparing(Comparator.comparingInt(ServiceRecord::weight).reversed()))
                    .toList();
            services.addAll(found);
            for (ServiceRecord r : found) {
                if (!targets.containsKey(r.target())) {
                    targets.put(r.target(), addressesOf(r.target()));
                }
            }
        }
        return new ResolvedName(true, addresses, services, naptr, targets);
    }

    private List<InetAddress> addressesOf(String host) throws IOException {
        Name name = absolute(host);
        List<InetAddress> found = new ArrayList<>(addresses(query(name, Type.A)));
        found.addAll(addresses(query(name, Type.AAAA)));
        return found;
    }

    private Message query(Name name, int type) throws IOException {
        return resolver.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
    }

    private static List<InetAddress> addresses(Message m) {
        List<InetAddress> out = new ArrayList<>();
        for (Record r : m.getSection(Section.ANSWER)) {
            if (r instanceof ARecord ar) {
                out.add(ar.getAddress());
            } else if (r instanceof AAAARecord aaaa) {
                out.add(aaaa.getAddress());
            }
        }
        return out;
    }

    // Absolute, so the computer's search domains are never appended to a carrier's name.
    private static Name absolute(String host) throws TextParseException {
        return Name.fromString(host.endsWith(".") ? host : host + ".");
    }
}
