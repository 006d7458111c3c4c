package org.crosscheck.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.crosscheck.api.Article;

/**
 * Appends articles to a JSON-lines file ({@code id, url, outlet, published, title, language, text}, the fields of
 * {@code crosscheck extract}), each line forced to disk before {@link #append} returns, so a watcher may record the
 * item as seen right after. A line a crash cut short is dropped when the log is opened again: the item was not
 * recorded as seen, so it is emitted again whole.
 */
public final class ArticleLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;

    public ArticleLog(Path file) throws IOException {
        this.file = file;
        Path dir = file.toAbsolutePath().getParent();
        java.nio.file.Files.createDirectories(dir);
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        dropTornLine();
        channel.position(channel.size());
        AtomicFiles.forceDirectory(dir);
    }

    public Path file() {
        return file;
    }

    /** The article as one JSON line, durable on return. */
    public synchronized void append(Article a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("url", a.url());
        n.put("outlet", a.outlet());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("title", a.title());
        n.put("language", a.language());
        n.put("text", a.text());
        try {
            ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }

    private void dropTornLine() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        if (one.get(0) == '\n') {
            return;
        }
        long end = size - 1;
        ByteBuffer buf = ByteBuffer.allocate(8192);
        while (end > 0) {
            long from = Math.max(0, end - buf.capacity());
            buf.clear().limit((int) (end - from));
            while (buf.hasRemaining() && channel.read(buf, from + buf.position()) > 0) {
                // positional reads of a file may return short
            }
            for (int i = buf.position() - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    channel.truncate(from + i + 1);
                    channel.force(true);
                    return;
                }
            }
            end = from;
        }
        channel.truncate(0);
        channel.force(true);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
