package org.trunkwizard.diagnostics;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What DNS said about a name.
 *
 * @param exists    false when DNS says the name does not exist at all (NXDOMAIN)
 * @param addresses the name's own A/AAAA addresses
 * @param services  its SIP SRV records, best first
 * @param naptr     its NAPTR records as text (carriers publish them to say which transports they offer)
 * @param targets   the addresses of each SRV target
 */
public record ResolvedName(boolean exists, List<InetAddress> addresses, List<ServiceRecord> services,
        List<String> naptr, Map<String, List<InetAddress>> targets) {

    public ResolvedName {
        addresses = List.copyOf(addresses);
        services = List.copyOf(services);
        naptr = List.copyOf(naptr);
        targets = Map.copyOf(targets);
    }

    /** The best SRV record for a service such as {@code _sip._udp}, when the name publishes one. */
    public Optional<ServiceRecord> service(String service) {
        return services.stream().filter(s -> s.service().equals(service)).findFirst();
    }

    public boolean hasAnyAddress() {
        return !addresses.isEmpty() || targets.values().stream().anyMatch(l -> !l.isEmpty());
    }
}
