package org.evalaudit.contamination.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * CRC-32C of a file's bytes: the manifest's test for "is this still the file that was indexed". CRC-32C
 * runs at memory speed with the CPU's crc32 instruction, so checking every corpus file on every run costs
 * far less than indexing any of them; it detects changes, it is not meant to resist forgery.
 */
final class FileChecksum {
    private static final int BUFFER = 1 << 20;

    private FileChecksum() {
    }

    static String crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
