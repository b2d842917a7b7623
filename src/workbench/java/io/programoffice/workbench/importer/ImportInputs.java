package io.programoffice.workbench.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Turns import paths into named documents: directories are walked recursively (sorted by path), and gzip, xz and
 * tar content is unpacked, recognised by its leading bytes rather than by the file name (so {@code .tar.gz},
 * {@code .tar.xz}, {@code .json.gz} and packed files with any name all work, nested as deep as they come).
 */
final class ImportInputs {
    /** A document to import, or a reason it could not be read. */
    interface Sink {
        void document(String name, byte[] content);

        void unreadable(String name, String reason);
    }

    /** Larger single documents are refused rather than risking the heap. */
    static final long MAX_DOCUMENT_BYTES = 1L << 30;
    private static final int MAX_NESTING = 4;

    private ImportInputs() {
    }

    static void read(Path path, Sink sink) {
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException | RuntimeException e) {
                sink.unreadable(path.toString(), "cannot list the directory: " + e.getMessage());
                return;
            }
            for (Path file : files) {
                readFile(file, sink);
            }
        } else {
            readFile(path, sink);
        }
    }

    private static void readFile(Path file, Sink sink) {
        byte[] content;
        try {
            if (Files.size(file) > MAX_DOCUMENT_BYTES) {
                sink.unreadable(file.toString(), "larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MB");
                return;
            }
            content = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            sink.unreadable(file.toString(), "cannot read the file: " + e);
            return;
        }
        unpack(file.toString(), content, sink, 0);
    }

    static void unpack(String name, byte[] content, Sink sink, int depth) {
        if (depth > MAX_NESTING) {
            sink.unreadable(name, "packed more than " + MAX_NESTING + " levels deep");
            return;
        }
        try {
            if (isGzip(content)) {
                unpack(name, readAll(new GZIPInputStream(new ByteArrayInputStream(content))), sink, depth + 1);
            } else if (isXz(content)) {
                unpack(name, readAll(new XZCompressorInputStream(new ByteArrayInputStream(content))), sink, depth + 1);
            } else if (isTar(content)) {
                untar(name, content, sink, depth);
            } else {
                sink.document(name, content);
            }
        } catch (IOException | RuntimeException e) {
            sink.unreadable(name, "corrupt or truncated archive: " + e.getMessage());
        }
    }

    private static void untar(String name, byte[] content, Sink sink, int depth) throws IOException {
        // entries are read in full first so that a truncated archive is reported before any of it is imported
        record Entry(String name, byte[] content) {
        }
        List<Entry> entries = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(content))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    entries.add(new Entry(name + "!/" + entry.getName(), readAll(tar)));
                }
            }
        }
        for (Entry entry : entries) {
            unpack(entry.name(), entry.content(), sink, depth + 1);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_DOCUMENT_BYTES) {
                throw new IOException("unpacks to more than " + (MAX_DOCUMENT_BYTES >> 20) + " MB");
            }
        }
        return out.toByteArray();
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    static boolean isXz(byte[] b) {
        return b.length >= 6 && (b[0] & 0xff) == 0xfd && b[1] == '7' && b[2] == 'z' && b[3] == 'X' && b[4] == 'Z'
                && b[5] == 0;
    }

    static boolean isTar(byte[] b) {
        return b.length >= 262 && new String(b, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    }
}
