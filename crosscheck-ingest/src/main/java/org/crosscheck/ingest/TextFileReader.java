package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.api.Article;

/** A {@code .txt} file is one article; its id is the file name without the ending, metadata from the manifest. */
public final class TextFileReader implements ArticleReader {

    /** Larger files are not articles; reading them whole would only hurt. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Override
    public java.util.List<String> endings() {
        return java.util.List.of(".txt");
    }

    @Override
    public boolean accepts(Path file) {
        return FileNames.lowerName(file).endsWith(".txt");
    }

    @Override
    public void read(Path file, Manifest manifest, ArticleSink sink) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            sink.problem(new ReadProblem(file.toString(), "", "file of " + size + " bytes is too large for one article"
                    + " (limit " + MAX_BYTES + ")"));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (TextDecoder.looksBinary(bytes)) {
            sink.problem(new ReadProblem(file.toString(), "", "binary content, not text"));
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.warning() != null) {
            sink.problem(new ReadProblem(file.toString(), "", decoded.warning()));
        }
        if (decoded.text().isBlank()) {
            sink.problem(new ReadProblem(file.toString(), "", "empty file"));
            return;
        }
        String id = FileNames.stem(file, ".txt");
        Manifest.Entry meta = manifest.lookup(file).orElse(null);
        sink.article(new Article(id,
                meta == null ? null : meta.outlet(),
                meta == null ? null : meta.published(),
                meta == null ? null : meta.url(),
                meta == null ? null : meta.title(),
                null,
                decoded.text(),
                file.toString()));
    }
}
