package org.trunkwizard.diagnostics;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.trunkwizard.i18n.Messages;

/** The door: does anything accept a TCP connection on the port? */
final class TcpConnect {

    /** The socket when connected, or why not. */
    record Result(Socket socket, ProbeResult failure) {
    }

    private TcpConnect() {
    }

    static Result open(InetSocketAddress server, String where, int waitMillis, Cancellation cancel) {
        Socket socket = new Socket();
        cancel.waitingOn(socket);
        try {
            socket.connect(server, waitMillis);
            return new Result(socket, null);
        } catch (ConnectException e) {
            closeQuietly(socket);
            cancel.check();
            return new Result(null, ProbeResult.of(Outcome.REFUSED, Messages.get("diagnose.detail.refused", where)));
        } catch (SocketTimeoutException | NoRouteToHostException e) {
            closeQuietly(socket);
            cancel.check();
            return new Result(null, ProbeResult.of(Outcome.TCP_BLOCKED,
                    Messages.get("diagnose.detail.connectTimeout", where, waitMillis)));
        } catch (IOException e) {
            closeQuietly(socket);
            cancel.check();
            return new Result(null, ProbeResult.of(Outcome.TCP_BLOCKED,
                    Messages.get("diagnose.detail.connectFailed", where, String.valueOf(e.getMessage()))));
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing to tell the user: the check has its answer already.
        }
    }
}
