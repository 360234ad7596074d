package org.evalaudit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** File-level helpers shared by the readers: provenance hash, names, and the error for an unreadable file. */
final class InputFiles {
    private InputFiles() {
    }

    /** Hex SHA-256 of the raw (still compressed) bytes, as recorded in {@link InputSummary}. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The name without compression suffix: {@code items.jsonl.gz} -> {@code items.jsonl}. */
    static String plainName(Path file) {
        return CompressedInput.stripCompressionSuffix(file.getFileName().toString());
    }

    /** The lower-case format extension after the compression suffix is removed, or "". */
    static String extension(Path file) {
        String name = plainName(file);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name without compression suffix and format extension: {@code items.jsonl.zst} -> {@code items}. */
    static String stem(Path file) {
        String name = plainName(file);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    static InputError unreadable(Path file, IOException e) {
        String got = e instanceof NoSuchFileException ? "no such file" : e.toString();
        return new InputError(file, 0, null, "expected a readable file, got " + got, e);
    }
}
