package org.trunkwizard.diagnostics;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Transport;

/** OPTIONS over a connected TCP or TLS socket; reads at most a bounded head so a chatty peer cannot stall us. */
final class StreamOptionsProbe {

    private static final int MAX_HEAD = 16 * 1024;
    private static final int MAX_MESSAGES = 5;
    private static final int SLICE_MILLIS = 250;

    private StreamOptionsProbe() {
    }

    static ProbeResult ask(Socket socket, Transport transport, String host, int port, String where, int waitMillis,
            Cancellation cancel) throws IOException {
        SipOptionsRequest request = new SipOptionsRequest(transport, host, port,
                socket.getLocalAddress().getHostAddress(), socket.getLocalPort());
        long end = System.nanoTime() + waitMillis * 1_000_000L;
        socket.getOutputStream().write(request.bytes());
        socket.getOutputStream().flush();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        Optional<SipResponse> provisional = Optional.empty();
        try {
            // A server may send 100 Trying first; a final answer is worth the wait, but only a few messages.
            for (int i = 0; i < MAX_MESSAGES; i++) {
                cancel.check();
                Optional<String> head = readHead(socket, in, end, cancel);
                if (head.isEmpty()) {
                    if (provisional.isPresent()) {
                        break;
                    }
                    return ProbeResult.of(Outcome.NOT_SIP, Messages.get("diagnose.detail.hungUp", where));
                }
                Optional<SipResponse> r = SipResponse.parse(head.get());
                if (r.isEmpty()) {
                    return ProbeResult.of(Outcome.NOT_SIP, Messages.get("diagnose.detail.notSip", where));
                }
                if (!r.get().provisional()) {
                    return UdpOptionsProbe.answered(r.get(), where);
                }
                provisional = r;
                in.skipNBytes(Math.min(r.get().contentLength(), MAX_HEAD));
            }
        } catch (SocketTimeoutException e) {
            // Falls through: silence after a 1xx still means the server answered.
        }
        if (provisional.isPresent()) {
            return UdpOptionsProbe.answered(provisional.get(), where);
        }
        return ProbeResult.of(Outcome.NO_ANSWER, Messages.get("diagnose.detail.noAnswer", where, waitMillis));
    }

    /** The next message head, or empty when the peer closed; times out at {@code endNanos}. */
    private static Optional<String> readHead(Socket socket, InputStream in, long endNanos, Cancellation cancel)
            throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] terminator = {'\r', '\n', '\r', '\n'};
        while (head.size() < MAX_HEAD) {
            long left = (endNanos - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException();
            }
            // Short slices, so an interrupted thread is noticed soon (an interrupt does not end a blocking read).
            socket.setSoTimeout((int) Math.max(1, Math.min(left, SLICE_MILLIS)));
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                cancel.check();
                continue;
            }
            if (b < 0) {
                return head.size() == 0 ? Optional.empty() : Optional.of(head.toString(StandardCharsets.ISO_8859_1));
            }
            // Keep-alive CRLFs between messages (RFC 5626) are not part of any message.
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                continue;
            }
            head.write(b);
            matched = b == terminator[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == terminator.length) {
                return Optional.of(head.toString(StandardCharsets.ISO_8859_1));
            }
        }
        return Optional.of(head.toString(StandardCharsets.ISO_8859_1));
    }
}
