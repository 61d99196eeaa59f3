package org.trunkwizard.trunk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.trunkwizard.i18n.Messages;

/** Reads a trunk from a file, standard input or a string, detecting lk JSON or the guide's text block. */
public final class TrunkFiles {

    /** Files larger than this are not trunk descriptions; refusing them keeps a wrong path from eating memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** How far past the limit standard input is counted, so the refusal can say how much was piped in. */
    static final long STDIN_COUNT_LIMIT = 64L * 1024 * 1024;

    private TrunkFiles() {
    }

    public static TrunkSpec parse(String content) throws TrunkFormatException {
        return parseDocument(content).spec();
    }

    /** The trunk and which fields the content states (what an update changes). */
    public static TrunkDocument parseDocument(String content) throws TrunkFormatException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new TrunkFormatException(Messages.get("file.empty"));
        }
        boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
        return json ? TrunkJson.readDocument(trimmed) : GuideText.readDocument(text);
    }

    /**
     * {@code -} reads {@code stdin}; anything else must be a regular file (a device such as /dev/zero never ends).
     * At most the limit + 1 bytes are read. Every failure is a TrunkFormatException with a readable message.
     */
    public static TrunkSpec read(String pathOrDash, InputStream stdin) throws TrunkFormatException {
        return readDocument(pathOrDash, stdin).spec();
    }

    public static TrunkDocument readDocument(String pathOrDash, InputStream stdin) throws TrunkFormatException {
        if ("-".equals(pathOrDash)) {
            return parseDocument(decode(readStdin(stdin), Messages.get("file.stdin")));
        }
        try {
            Path path = Path.of(pathOrDash);
            if (Files.isDirectory(path)) {
                throw new TrunkFormatException(Messages.get("file.isDirectory", pathOrDash));
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new TrunkFormatException(Messages.get("file.notRegular", pathOrDash));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new TrunkFormatException(Messages.get("file.tooLarge", pathOrDash, Files.size(path)));
            }
            return parseDocument(decode(bytes, pathOrDash));
        } catch (NoSuchFileException e) {
            throw new TrunkFormatException(Messages.get("file.notFound", pathOrDash));
        } catch (IOException | InvalidPathException e) {
            throw new TrunkFormatException(Messages.get("file.unreadable", pathOrDash, e.getMessage()));
        }
    }

    private static byte[] readStdin(InputStream stdin) throws TrunkFormatException {
        try {
            byte[] bytes = stdin.readNBytes(MAX_BYTES + 1);
            if (bytes.length <= MAX_BYTES) {
                return bytes;
            }
            long size = bytes.length + countRest(stdin);
            throw new TrunkFormatException(size > STDIN_COUNT_LIMIT
                    ? Messages.get("file.stdinTooLarge.over", STDIN_COUNT_LIMIT)
                    : Messages.get("file.stdinTooLarge", size));
        } catch (IOException e) {
            throw new TrunkFormatException(Messages.get("file.unreadable", Messages.get("file.stdin"),
                    e.getMessage()));
        }
    }

    /** Reads and drops what is left, stopping just past the count limit: a pipe from /dev/zero never ends. */
    private static long countRest(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total <= STDIN_COUNT_LIMIT && (n = in.read(buffer)) >= 0) {
            total += n;
        }
        return total;
    }

    /** Strict UTF-8: a binary file is refused by name instead of turning into replacement characters. */
    private static String decode(byte[] bytes, String name) throws TrunkFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TrunkFormatException(Messages.get("file.notText", name));
        }
    }
}
