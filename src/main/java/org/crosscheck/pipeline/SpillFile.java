package org.crosscheck.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An append-only temporary file of byte chunks, read back by position from any thread. It is opened
 * to be deleted on close, which on Linux unlinks it at once: its space is freed when the channel is
 * collected or the process ends, and no run leaves a file behind.
 */
final class SpillFile {
    private final FileChannel channel;
    private long size;

    SpillFile() {
        try {
            Path file = Files.createTempFile("crosscheck-", ".spill");
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the results", e);
        }
    }

    /** Writes {@code chunk} at the end and returns where it starts. */
    synchronized long append(byte[] chunk) {
        long position = size;
        try {
            ByteBuffer buffer = ByteBuffer.wrap(chunk);
            while (buffer.hasRemaining()) {
                channel.write(buffer, position + buffer.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary results file", e);
        }
        size += chunk.length;
        return position;
    }

    byte[] read(long position, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("temporary results file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the temporary results file", e);
        }
        return buffer.array();
    }
}
