package org.evalaudit.contamination.scan;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evalaudit.contamination.corpus.BadRecords;
import org.evalaudit.contamination.corpus.DocRef;

/**
 * The record of finished corpus files, so an interrupted scan resumes where it stopped. Each finished
 * file's evidence and skipped bad records are written to a file of its own (temp file, then atomic
 * rename), then a line naming it is appended to {@code manifest.tsv}; a crash loses at most the files in
 * progress. The {@code scan.key}
 * file holds a digest of the benchmark and options: a checkpoint made for other inputs is discarded.
 */
final class Checkpoint {
    /**
     * The layout of the evidence files, part of the scan key: a checkpoint written in another layout (before
     * the per-file document counts) is discarded and its files scanned again, never misread.
     */
    static final String FORMAT = "evidence 3";
    private static final String MANIFEST = "manifest.tsv";
    private static final String KEY = "scan.key";
    private final Path dir;

    private Checkpoint(Path dir) {
        this.dir = dir;
    }

    /** Opens (resume) or clears and starts the checkpoint for a scan identified by {@code key}. */
    static Checkpoint open(Path dir, String key, boolean resume) throws IOException {
        Files.createDirectories(dir);
        Path keyFile = dir.resolve(KEY);
        boolean same = Files.exists(keyFile) && Files.readString(keyFile).equals(key);
        if (!resume || !same) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.writeString(keyFile, key);
        }
        return new Checkpoint(dir);
    }

    /** What a finished file gave: its evidence, its skipped bad records, and the documents and chars it held. */
    record Finished(List<ItemDocMatch> matches, BadRecords.Skipped skipped, long documents, long chars) {
    }

    /** Every finished file, by file path. */
    Map<String, Finished> finished() throws IOException {
        Map<String, Finished> out = new HashMap<>();
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return out;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && Files.exists(dir.resolve(parts[1]))) {
                out.put(parts[0], load(dir.resolve(parts[1])));
            }
        }
        return out;
    }

    synchronized void finish(String file, int number, Finished finished) throws IOException {
        String name = "file-" + number + ".evidence";
        Path temp = dir.resolve(name + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            out.writeInt(finished.matches().size());
            for (ItemDocMatch m : finished.matches()) {
                write(out, m);
            }
            out.writeLong(finished.skipped().count());
            out.writeInt(finished.skipped().earliest().size());
            for (Map.Entry<Long, String> e : finished.skipped().earliest().entrySet()) {
                out.writeLong(e.getKey());
                writeString(out, e.getValue());
            }
            out.writeLong(finished.documents());
            out.writeLong(finished.chars());
        }
        Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (OutputStream out = Files.newOutputStream(dir.resolve(MANIFEST), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.SYNC)) {
            out.write((file + "\t" + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Finished load(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            int n = in.readInt();
            List<ItemDocMatch> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(read(in));
            }
            long skipped = in.readLong();
            Map<Long, String> earliest = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                earliest.put(in.readLong(), readString(in));
            }
            return new Finished(out, new BadRecords.Skipped(skipped, earliest), in.readLong(), in.readLong());
        }
    }

    private static void write(DataOutputStream out, ItemDocMatch m) throws IOException {
        out.writeInt(m.item());
        DocRef d = m.doc();
        writeString(out, d.file());
        out.writeLong(d.offset());
        writeString(out, d.id());
        writeString(out, d.url());
        out.writeInt(d.windowStart());
        out.writeBoolean(m.counted());
        out.writeInt(m.questionMatched());
        out.writeInt(m.choiceMatched());
        out.writeBoolean(m.wholeQuestion());
        out.writeInt(m.longestVerbatim());
        out.writeInt(m.longestMatch());
        out.writeBoolean(m.answerLeaked());
        out.writeBoolean(m.substringHit());
        writeLongs(out, m.ngramsCovered());
        writeLongs(out, m.tokensCovered());
        out.writeInt(m.start());
        out.writeInt(m.end());
        writeString(out, m.snippet());
        out.writeInt(m.spans().length);
        for (int s : m.spans()) {
            out.writeInt(s);
        }
        writeLongs(out, m.seedKeys());
        out.writeInt(m.numberConflicts());
        out.writeLong(m.contextHash());
    }

    private static ItemDocMatch read(DataInputStream in) throws IOException {
        int item = in.readInt();
        DocRef doc = new DocRef(readString(in), in.readLong(), readString(in), readString(in), in.readInt());
        boolean counted = in.readBoolean();
        int questionMatched = in.readInt();
        int choiceMatched = in.readInt();
        boolean whole = in.readBoolean();
        int longestVerbatim = in.readInt();
        int longestMatch = in.readInt();
        boolean answer = in.readBoolean();
        boolean substring = in.readBoolean();
        long[] grams = readLongs(in);
        long[] tokens = readLongs(in);
        int start = in.readInt();
        int end = in.readInt();
        String snippet = readString(in);
        int[] spans = new int[in.readInt()];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = in.readInt();
        }
        long[] keys = readLongs(in);
        int conflicts = in.readInt();
        long context = in.readLong();
        return new ItemDocMatch(item, doc, counted, questionMatched, choiceMatched, whole, longestVerbatim,
                longestMatch, answer, substring, grams, tokens, start, end, snippet, spans, keys, conflicts, context);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] out = new long[in.readInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.readLong();
        }
        return out;
    }
}
