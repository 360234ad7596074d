package org.evalaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evalaudit.contamination.index.CorpusIndexer;
import org.evalaudit.contamination.index.IndexBuildOptions;
import org.evalaudit.contamination.index.IndexBuildResult;
import org.evalaudit.core.io.ErrorPolicy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evalaudit contamination index}: builds or extends a persistent Lucene index of a corpus. */
@Command(name = "index", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Builds a Lucene index of a corpus with the canonical analyzer (positions, document id, url, "
                + "file and offset, compressed text for snippets). Incremental: run it again with more files and only "
                + "new or changed files are indexed; an interrupted run loses at most the uncommitted batch and the next "
                + "run resumes.",
        footer = {"%nExamples:",
                "  evalaudit contamination index --corpus crawl/ --index idx/",
                "  evalaudit contamination index --corpus 'cc/*.jsonl.zst' --index idx/ --threads 2 --no-store-text",
                "  evalaudit contamination index --corpus scraped.jsonl.gz --index idx/ --on-error skip",
                ExitCodes.HELP})
final class ContaminationIndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", arity = "1..*", required = true, order = 1,
            description = "Corpus files, folders or globs (quote globs).")
    List<String> corpus = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", required = true, order = 2, description = "Index folder.")
    Path index;

    @Option(names = "--threads", paramLabel = "N", order = 3, description = "Indexing threads (default: one per core).")
    Integer threads;

    @Option(names = "--no-store-text", order = 4,
            description = "Do not store document text (smaller index; verdicts are the same, snippets are tokens).")
    boolean noStoreText;

    @ArgGroup(validate = false, heading = "%nCorpus fields:%n", order = 5)
    CorpusFormatOptions format = new CorpusFormatOptions();

    @Option(names = "--on-error", paramLabel = "fail|skip", defaultValue = "fail", order = 6,
            description = "On a bad corpus record: fail (default; the uncommitted batch is dropped, committed work "
                    + "kept) or skip (counted and listed). A record inside a JSON array or a WARC file cannot be "
                    + "skipped.")
    ErrorPolicy onError;

    @Override
    public Integer call() throws Exception {
        OutputOptions.requireFolder(spec, "--index", index);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        IndexBuildOptions options = IndexBuildOptions.defaults(workers).withStoreText(!noStoreText)
                .withFormat(format.format(onError));
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        IndexBuildResult result = new CorpusIndexer(index, options).index(corpus, progress);
        progress.done();
        out.printf(Locale.ROOT, "files: %d (added %d, resumed %d, replaced %d, unchanged %d)%n", result.files(),
                result.added(), result.resumed(), result.replaced(), result.skipped());
        out.printf(Locale.ROOT, "documents indexed: %d, text: %.1f MB, %.1f s in all (the final commit included)%n",
                result.documents(), result.textChars() / 1e6, result.nanos() / 1e9);
        if (result.skippedRecords() > 0) {
            out.printf(Locale.ROOT, "bad records skipped: %d; the first:%n", result.skippedRecords());
            result.skippedAt().forEach(at -> out.println("  " + at));
        }
        out.println("index: " + index);
        out.flush();
        return ExitCodes.DONE;
    }
}
