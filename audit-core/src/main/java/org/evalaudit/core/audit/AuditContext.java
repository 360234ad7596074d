package org.evalaudit.core.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Results;

/**
 * Everything a check may look at. Inputs are optional: a check whose input is absent reports
 * NOT_ASSESSED. {@link #shared} lets checks reuse an expensive analysis (the label-noise model feeds
 * the saturation ceiling) without running it twice.
 */
public final class AuditContext {
    private final Benchmark benchmark;
    private final Results results;
    private final BenchmarkCard card;
    private final List<Path> corpora;
    private final Path corpusIndex;
    private final AuditOptions options;
    private final Progress progress;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    private AuditContext(Builder b) {
        this.benchmark = b.benchmark;
        this.results = b.results;
        this.card = b.card;
        this.corpora = List.copyOf(b.corpora);
        this.corpusIndex = b.corpusIndex;
        this.options = b.options;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Benchmark> benchmark() {
        return Optional.ofNullable(benchmark);
    }

    public Optional<Results> results() {
        return Optional.ofNullable(results);
    }

    public Optional<BenchmarkCard> card() {
        return Optional.ofNullable(card);
    }

    /** Corpus files, folders or globs to scan for contamination; empty when none was given. */
    public List<Path> corpora() {
        return corpora;
    }

    /** A persistent corpus index to query for contamination. */
    public Optional<Path> corpusIndex() {
        return Optional.ofNullable(corpusIndex);
    }

    public AuditOptions options() {
        return options;
    }

    public Progress progress() {
        return progress;
    }

    /**
     * The shared value of this type, computed once per audit. The supplier runs at most once even when
     * checks run concurrently.
     */
    public <T> T shared(Class<T> type, Supplier<T> compute) {
        synchronized (shared) {
            Object value = shared.get(type);
            if (value == null) {
                value = compute.get();
                shared.put(type, value);
            }
            return type.cast(value);
        }
    }

    /** Builds a context; every input is optional. */
    public static final class Builder {
        private Benchmark benchmark;
        private Results results;
        private BenchmarkCard card;
        private List<Path> corpora = List.of();
        private Path corpusIndex;
        private AuditOptions options = AuditOptions.defaults();
        private Progress progress = Progress.NONE;

        public Builder benchmark(Benchmark value) {
            this.benchmark = value;
            return this;
        }

        public Builder results(Results value) {
            this.results = value;
            return this;
        }

        public Builder card(BenchmarkCard value) {
            this.card = value;
            return this;
        }

        public Builder corpora(List<Path> value) {
            this.corpora = value;
            return this;
        }

        public Builder corpusIndex(Path value) {
            this.corpusIndex = value;
            return this;
        }

        public Builder options(AuditOptions value) {
            this.options = value;
            return this;
        }

        public Builder progress(Progress value) {
            this.progress = value;
            return this;
        }

        public AuditContext build() {
            return new AuditContext(this);
        }
    }
}
