package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Transport;
import org.trunkwizard.validation.Problem;
import org.trunkwizard.validation.SipAddress;

/**
 * Does the carrier answer? The name, the door, the SIP server, in that order, stopping at the first failure that
 * explains the rest, all within {@link #TOTAL}. Blocks: run it off the FX thread; stop it with a
 * {@link Cancellation} or by interrupting the thread.
 */
public final class ReachabilityCheck {

    public static final Duration TOTAL = Duration.ofSeconds(10);
    private static final long DNS_CAP = 3_000;
    private static final long CONNECT_CAP = 3_000;
    private static final long TLS_CAP = 3_000;
    /** Under Auto, UDP gets three sends (0, 0.5, 1.5 s) before TCP is tried, as LiveKit falls back. */
    private static final long AUTO_UDP_CAP = 3_500;
    private static final long SIP_CAP = 7_000;
    private static final long POLL_MILLIS = 100;

    private final DnsLookup dns;
    private final TlsHandshake tls;

    public ReachabilityCheck(DnsLookup dns, TlsHandshake tls) {
        this.dns = dns;
        this.tls = tls;
    }

    /** The computer's own DNS servers and trusted certificate authorities. */
    public static ReachabilityCheck system() {
        return new ReachabilityCheck(DnsLookup.system(), TlsHandshake.system());
    }

    /** Empty when the address is fine to check; else the problem that says why not, in validation's words. */
    private static Optional<Problem> unusable(String address, Transport transport) {
        return SipAddress.check(address, transport, Optional.empty()).problems().stream()
                .filter(Problem::isError).findFirst();
    }

    /** Checks {@code address} as LiveKit would reach it over {@code transport}. */
    public Diagnosis run(String address, Transport transport, Progress progress, Cancellation cancel) {
        Optional<Problem> unusable = unusable(address, transport);
        if (unusable.isPresent()) {
            return new Diagnosis(address == null ? "" : address.strip(), List.of(), OptionalInt.empty(),
                    unusable.get());
        }
        Run run = new Run(SipAddress.check(address, transport, Optional.empty()).normalized(), transport == null ? Transport.AUTO : transport, progress, cancel);
        try {
            return run.go();
        } catch (CancellationException e) {
            return run.finish(Outcome.STOPPED, run.target.host(), "");
        } catch (IOException e) {
            if (cancel.isCancelled()) {
                return run.finish(Outcome.STOPPED, run.target.host(), "");
            }
            throw new IllegalStateException(e);
        }
    }

    /** One check's state: the steps so far and the time left. */
    private final class Run {
        final String address;
        final SipTarget target;
        final Transport transport;
        final Progress progress;
        final Cancellation cancel;
        final Deadline deadline = new Deadline(TOTAL);
        final List<StepResult> steps = new ArrayList<>();
        OptionalInt status = OptionalInt.empty();

        Run(String address, Transport transport, Progress progress, Cancellation cancel) {
            this.address = address;
            this.target = SipTarget.parse(address);
            this.transport = transport;
            this.progress = progress;
            this.cancel = cancel;
        }

        Diagnosis go() throws IOException {
            ResolvedName name;
            if (target.isIpLiteral()) {
                InetAddress ip = InetAddress.getByName(target.host());
                name = new ResolvedName(true, List.of(ip), List.of(), List.of(), java.util.Map.of());
            } else {
                Optional<ResolvedName> looked = lookUp();
                if (looked.isEmpty()) {
                    return finish(Outcome.DNS_FAILED, target.host(), "");
                }
                name = looked.get();
                if (!name.exists()) {
                    return finish(Outcome.NO_SUCH_NAME, target.host(), "");
                }
                if (!name.hasAnyAddress()) {
                    return finish(Outcome.NO_ADDRESS, target.host(), "");
                }
            }
            List<Transport> tries = transport == Transport.AUTO ? List.of(Transport.UDP, Transport.TCP)
                    : List.of(transport);
            ProbeResult last = null;
            String where = target.host();
            for (Transport t : tries) {
                Optional<InetSocketAddress> server = serverFor(name, t);
                if (server.isEmpty()) {
                    return finish(Outcome.NO_ADDRESS, target.host(), "");
                }
                where = Messages.get("diagnose.detail.over", hostPort(server.get()), t.name());
                last = t == Transport.UDP ? udp(server.get(), tries.size() > 1) : stream(server.get(), t, where);
                if (last.ok()) {
                    break;
                }
            }
            return finish(last.outcome(), where, last.response().map(SipResponse::statusLine).orElse(""));
        }

        Optional<ResolvedName> lookUp() {
            progress.started(Step.DNS);
            long start = System.nanoTime();
            ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "dns-lookup");
                t.setDaemon(true);
                return t;
            });
            int cap = deadline.capMillis(DNS_CAP);
            try {
                // dnsjava bounds each query, not the series: the future bounds the whole lookup.
                Future<ResolvedName> f = pool.submit(() -> dns.resolve(target.host(), Duration.ofMillis(cap)));
                long end = System.nanoTime() + cap * 1_000_000L;
                while (true) {
                    cancel.check();
                    try {
                        ResolvedName name = f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                        record(Step.DNS, name.exists() && name.hasAnyAddress(), describe(name), start);
                        return Optional.of(name);
                    } catch (TimeoutException e) {
                        if (System.nanoTime() >= end) {
                            record(Step.DNS, false, Messages.get("diagnose.detail.dnsTimeout", target.host(), cap),
                                    start);
                            return Optional.empty();
                        }
                    }
                }
            } catch (ExecutionException e) {
                record(Step.DNS, false, Messages.get("diagnose.detail.dnsFailed", target.host(),
                        String.valueOf(e.getCause().getMessage())), start);
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            } finally {
                pool.shutdownNow();
            }
        }

        String describe(ResolvedName name) {
            if (!name.exists()) {
                return Messages.get("diagnose.detail.noSuchName", target.host());
            }
            if (!name.hasAnyAddress()) {
                return Messages.get("diagnose.detail.noAddress", target.host());
            }
            String text = Messages.get("diagnose.detail.addresses", target.host(),
                    join(name.addresses().stream().map(InetAddress::getHostAddress).toList()));
            if (!name.services().isEmpty()) {
                text += " " + Messages.get("diagnose.detail.services",
                        join(name.services().stream().map(ServiceRecord::toString).toList()));
            }
            if (!name.naptr().isEmpty()) {
                text += " " + Messages.get("diagnose.detail.naptr", join(name.naptr()));
            }
            return text;
        }

        /** RFC 3263: a port given wins; else the transport's SRV record; else the name's own address. */
        Optional<InetSocketAddress> serverFor(ResolvedName name, Transport t) {
            int defaultPort = t == Transport.TLS ? 5061 : 5060;
            if (target.port().isEmpty()) {
                Optional<ServiceRecord> srv = name.service(serviceOf(t));
                if (srv.isPresent()) {
                    List<InetAddress> ips = name.targets().getOrDefault(srv.get().target(), List.of());
                    if (!ips.isEmpty()) {
                        return Optional.of(new InetSocketAddress(ips.get(0), srv.get().port()));
                    }
                }
            }
            if (name.addresses().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new InetSocketAddress(name.addresses().get(0), target.port().orElse(defaultPort)));
        }

        ProbeResult udp(InetSocketAddress server, boolean fallbackFollows) throws IOException {
            progress.started(Step.SIP);
            long start = System.nanoTime();
            int wait = deadline.capMillis(fallbackFollows ? AUTO_UDP_CAP : SIP_CAP);
            ProbeResult r = UdpOptionsProbe.ask(target.host(), server, wait, cancel);
            r.response().ifPresent(resp -> status = OptionalInt.of(resp.status()));
            record(Step.SIP, r.ok(), r.detail(), start);
            return r;
        }

        ProbeResult stream(InetSocketAddress server, Transport t, String where) throws IOException {
            progress.started(Step.TCP);
            long start = System.nanoTime();
            TcpConnect.Result door = TcpConnect.open(server, where, deadline.capMillis(CONNECT_CAP), cancel);
            if (door.failure() != null) {
                record(Step.TCP, false, door.failure().detail(), start);
                return door.failure();
            }
            record(Step.TCP, true, Messages.get("diagnose.detail.open", where), start);
            Socket socket = door.socket();
            try {
                if (t == Transport.TLS) {
                    progress.started(Step.TLS);
                    start = System.nanoTime();
                    TlsHandshake.Result hs = tls.run(socket, target.host(), server.getPort(), target.isIpLiteral(),
                            where, deadline.capMillis(TLS_CAP));
                    cancel.check();
                    record(Step.TLS, hs.outcome().ok(), hs.outcome().detail(), start);
                    if (hs.socket() == null) {
                        return hs.outcome();
                    }
                    socket = hs.socket();
                    cancel.waitingOn(socket);
                }
                progress.started(Step.SIP);
                start = System.nanoTime();
                ProbeResult r = StreamOptionsProbe.ask(socket, t, target.host(), server.getPort(), where,
                        deadline.capMillis(SIP_CAP), cancel);
                r.response().ifPresent(resp -> status = OptionalInt.of(resp.status()));
                record(Step.SIP, r.ok(), r.detail(), start);
                return r;
            } catch (IOException e) {
                cancel.check();
                // The server dropped the connection without a word: reachable, but not answering SIP here.
                ProbeResult r = ProbeResult.of(Outcome.NOT_SIP, Messages.get("diagnose.detail.closed", where,
                        String.valueOf(e.getMessage())));
                record(Step.SIP, false, r.detail(), start);
                return r;
            } finally {
                TcpConnect.closeQuietly(socket);
            }
        }

        void record(Step step, boolean ok, String detail, long startNanos) {
            StepResult r = new StepResult(step, ok, detail, (System.nanoTime() - startNanos) / 1_000_000);
            steps.add(r);
            progress.finished(r);
        }

        Diagnosis finish(Outcome outcome, String where, String statusLine) {
            return new Diagnosis(address, steps, status, Verdicts.of(outcome, where, statusLine));
        }
    }

    private static String serviceOf(Transport t) {
        return switch (t) {
            case TLS -> "_sips._tcp";
            case TCP -> "_sip._tcp";
            default -> "_sip._udp";
        };
    }

    private static String hostPort(InetSocketAddress a) {
        String ip = a.getAddress().getHostAddress();
        return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + a.getPort();
    }

    private static String join(List<String> items) {
        return String.join(", ", items);
    }
}
