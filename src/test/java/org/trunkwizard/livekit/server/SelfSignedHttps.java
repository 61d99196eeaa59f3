package org.trunkwizard.livekit.server;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An https server on 127.0.0.1 with a freshly made self-signed certificate (JDK keytool): what a client that
 * checks certificates must refuse. Answers 200 with no body to anything.
 */
public final class SelfSignedHttps implements AutoCloseable {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private final HttpsServer https;

    private SelfSignedHttps(HttpsServer https) {
        this.https = https;
    }

    /** {@code dir} holds the generated key store; a JUnit @TempDir is right. */
    public static SelfSignedHttps start(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        Path store = dir.resolve("self-signed.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-alias", "lk", "-keyalg", "EC", "-dname", "CN=127.0.0.1",
                "-ext", "san=ip:127.0.0.1", "-validity", "2").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        https.start();
        return new SelfSignedHttps(https);
    }

    public String url() {
        return "https://127.0.0.1:" + https.getAddress().getPort();
    }

    @Override
    public void close() {
        https.stop(0);
    }
}
