package org.trunkwizard.diagnostics;

/** A {@code _sip._udp}, {@code _sip._tcp} or {@code _sips._tcp} SRV record: where that transport is served. */
public record ServiceRecord(String service, String target, int port, int priority, int weight) {

    @Override
    public String toString() {
        return service + " -> " + target + ":" + port;
    }
}
