package org.evalaudit.contamination.corpus;

import java.nio.file.Path;

/**
 * A piece of a JSON Lines file cut at a record boundary by {@link JsonlChunker}: whole records only, so
 * that any thread can parse it ({@link JsonlRecords}) while the file is still being decompressed.
 *
 * @param file the corpus file
 * @param bytes the decompressed bytes, in {@code bytes[0, length)}
 * @param length how many bytes of {@code bytes} belong to the chunk
 * @param offset byte offset of the chunk's first byte in the decompressed file
 * @param firstLine line number in the file of the chunk's first line (1 for the first chunk)
 */
public record JsonlChunk(Path file, byte[] bytes, int length, long offset, long firstLine) {
}
