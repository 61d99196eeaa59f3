package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Transport;

/** OPTIONS over UDP, resent on RFC 3261's timer (500 ms, doubling) until an answer or the time is up. */
final class UdpOptionsProbe {

    private static final int T1_MILLIS = 500;
    private static final int MAX_DATAGRAM = 65_535;
    private static final int SLICE_MILLIS = 250;

    private UdpOptionsProbe() {
    }

    static ProbeResult ask(String host, InetSocketAddress server, int waitMillis, Cancellation cancel)
            throws IOException {
        String where = Messages.get("diagnose.detail.over", server.getAddress().getHostAddress() + ":"
                + server.getPort(), "UDP");
        try (DatagramSocket socket = new DatagramSocket()) {
            cancel.waitingOn(socket);
            cancel.check();
            // Connected, so the kernel reports an ICMP port unreachable as PortUnreachableException.
            socket.connect(server);
            SipOptionsRequest request = new SipOptionsRequest(Transport.UDP, host, server.getPort(),
                    socket.getLocalAddress().getHostAddress(), socket.getLocalPort());
            byte[] bytes = request.bytes();
            long end = System.nanoTime() + waitMillis * 1_000_000L;
            int interval = T1_MILLIS;
            Optional<SipResponse> provisional = Optional.empty();
            try {
                while (true) {
                    cancel.check();
                    socket.send(new DatagramPacket(bytes, bytes.length));
                    long resendAt = System.nanoTime() + interval * 1_000_000L;
                    interval *= 2;
                    Optional<SipResponse> answer = receiveUntil(socket, request.callId(), Math.min(resendAt, end), cancel);
                    if (answer.isPresent() && !answer.get().provisional()) {
                        return answered(answer.get(), where);
                    }
                    provisional = answer.isPresent() ? answer : provisional;
                    if (System.nanoTime() >= end) {
                        break;
                    }
                }
            } catch (PortUnreachableException e) {
                return ProbeResult.of(Outcome.REFUSED, Messages.get("diagnose.detail.nothingListens", where));
            } catch (IOException e) {
                cancel.check();
                // "Network is unreachable" (an IPv6 address on an IPv4-only network, say): nothing can answer.
                return ProbeResult.of(Outcome.NO_ANSWER,
                        Messages.get("diagnose.detail.connectFailed", where, String.valueOf(e.getMessage())));
            }
            if (provisional.isPresent()) {
                return answered(provisional.get(), where);
            }
            return ProbeResult.of(Outcome.NO_ANSWER, Messages.get("diagnose.detail.noAnswer", where, waitMillis));
        }
    }

    static ProbeResult answered(SipResponse response, String where) {
        return new ProbeResult(Outcome.ofStatus(response.status()),
                Messages.get("diagnose.detail.answered", where, response.statusLine()), Optional.of(response));
    }

    /** A response to this request, or empty when the time is up; stray datagrams are skipped. */
    private static Optional<SipResponse> receiveUntil(DatagramSocket socket, String callId, long endNanos,
            Cancellation cancel) throws IOException {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (true) {
            cancel.check();
            long left = (endNanos - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return Optional.empty();
            }
            // Short slices, so an interrupted thread is noticed soon (an interrupt does not end a blocking receive).
            socket.setSoTimeout((int) Math.max(1, Math.min(left, SLICE_MILLIS)));
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                continue;
            }
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            Optional<SipResponse> r = SipResponse.parse(headEnd < 0 ? text : text.substring(0, headEnd));
            if (r.isPresent() && r.get().callId().equals(callId)) {
                return r;
            }
        }
    }
}
