package org.trunkwizard.trunk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.trunkwizard.i18n.Messages;

/** Reads a trunk from a file, standard input or a string, detecting lk JSON or the guide's text block. */
public final class TrunkFiles {

    /** Files larger than this are not trunk descriptions; refusing them keeps a wrong path from eating memory. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

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

    /** {@code -} reads {@code stdin}. Every failure is a TrunkFormatException with a readable message. */
    public static TrunkSpec read(String pathOrDash, InputStream stdin) throws TrunkFormatException {
        return readDocument(pathOrDash, stdin).spec();
    }

    public static TrunkDocument readDocument(String pathOrDash, InputStream stdin) throws TrunkFormatException {
        try {
            if ("-".equals(pathOrDash)) {
                return parseDocument(new String(stdin.readNBytes((int) MAX_BYTES), StandardCharsets.UTF_8));
            }
            Path path = Path.of(pathOrDash);
            if (Files.isDirectory(path)) {
                throw new TrunkFormatException(Messages.get("file.isDirectory", pathOrDash));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new TrunkFormatException(Messages.get("file.tooLarge", pathOrDash));
            }
            return parseDocument(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new TrunkFormatException(Messages.get("file.notFound", pathOrDash));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new TrunkFormatException(Messages.get("file.notText", pathOrDash));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new TrunkFormatException(Messages.get("file.unreadable", pathOrDash, e.getMessage()));
        }
    }
}
