package org.trunkwizard.livekit;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Caps what is read from LiveKit. A reply of any size would otherwise be read whole into memory (the protobuf
 * converter and error bodies alike): a broken proxy or a hostile server could end the process with an
 * OutOfMemoryError. A stated Content-Length past the cap is refused before reading; a body without one is cut off
 * when it passes the cap.
 */
final class ReplySizeLimit implements Interceptor {

    /** Far above any real trunk list (a trunk is well under a kilobyte), far below what hurts a desktop JVM. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** The reply was larger than we read. An IOException so that OkHttp and Retrofit pass it on unchanged. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("reply larger than " + MAX_BYTES + " bytes");
        }
    }

    private final long maxBytes;

    ReplySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (body.contentLength() > maxBytes) {
            response.close();
            throw new TooLarge();
        }
        BufferedSource capped = Okio.buffer(new ForwardingSource(body.source()) {
            private long read;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long n = super.read(sink, byteCount);
                read += Math.max(n, 0);
                if (read > maxBytes) {
                    throw new TooLarge();
                }
                return n;
            }
        });
        return response.newBuilder()
                .body(ResponseBody.create(capped, body.contentType(), body.contentLength()))
                .build();
    }
}
