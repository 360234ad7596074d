package org.evalaudit.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * All responses of all models, stored column-wise: one primitive array per field and interned name
 * tables for items, models and templates. 100 models x 15,000 items x 5 templates (7.5 M responses)
 * cost about 30 bytes each instead of a record and boxed fields apiece. Rows keep input order.
 * Per-choice probabilities, when the input carries them, are one flat float column with row offsets,
 * allocated only then.
 */
public final class Results {
    private final Names items;
    private final Names models;
    private final Names templates;
    private final int[] item;
    private final int[] model;
    private final int[] template;
    private final int[] sample;
    private final double[] score;
    private final int[] answer;
    private final Names answers;
    private final String[] response;
    private final List<String> metricColumns;
    private final boolean answersGiven;
    /** Row r's probabilities are {@code probabilities[probabilityStart[r] .. probabilityStart[r + 1])}. */
    private final int[] probabilityStart;
    private final float[] probabilities;

    private Results(Builder b) {
        int n = b.size;
        this.items = b.items.freeze();
        this.models = b.models.freeze();
        this.templates = b.templates.freeze();
        this.answers = b.answers.freeze();
        this.item = Arrays.copyOf(b.item, n);
        this.model = Arrays.copyOf(b.model, n);
        this.template = Arrays.copyOf(b.template, n);
        this.sample = Arrays.copyOf(b.sample, n);
        this.score = Arrays.copyOf(b.score, n);
        this.answer = Arrays.copyOf(b.answer, n);
        this.response = b.anyResponse ? Arrays.copyOf(b.response, n) : null;
        this.metricColumns = List.copyOf(b.metricColumns);
        this.answersGiven = answers.size() > 0;
        this.probabilityStart = b.probabilities == null ? null : Arrays.copyOf(b.probabilityStart, n + 1);
        this.probabilities = b.probabilities == null ? null : Arrays.copyOf(b.probabilities, b.probabilityStart[n]);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return item.length;
    }

    /** Item ids in first-seen order; {@link #item(int)} numbers refer to this table. */
    public Names items() {
        return items;
    }

    /** Model names in first-seen order. */
    public Names models() {
        return models;
    }

    /** Template names in first-seen order; "" when the input carries no template. */
    public Names templates() {
        return templates;
    }

    public int item(int row) {
        return item[row];
    }

    public int model(int row) {
        return model[row];
    }

    public int template(int row) {
        return template[row];
    }

    public int sample(int row) {
        return sample[row];
    }

    public double score(int row) {
        return score[row];
    }

    /** The extracted answer, or null for an abstention. */
    public String answer(int row) {
        int a = answer[row];
        return a < 0 ? null : answers.get(a);
    }

    /** Number of the extracted answer in {@link #answerNames()}, or -1 for an abstention. */
    public int answerNumber(int row) {
        return answer[row];
    }

    /** The distinct extracted answers. */
    public Names answerNames() {
        return answers;
    }

    /** Whether the model gave no parseable answer; never true for score-only results. */
    public boolean isAbstention(int row) {
        return answersGiven && answer[row] < 0;
    }

    /**
     * Whether the results carry extracted answers at all (at least one is not null). Score-only
     * results (HumanEval's {@code pass1}) do not: their missing answers are not abstentions.
     */
    public boolean hasAnswers() {
        return answersGiven;
    }

    /** Raw model output, or null when the input gave none. */
    public String response(int row) {
        return response == null ? null : response[row];
    }

    public boolean hasResponses() {
        return response != null;
    }

    /** Whether any response carries per-choice probabilities. */
    public boolean hasProbabilities() {
        return probabilities != null;
    }

    /** How many choice probabilities row {@code row} carries: 0 when it has none. */
    public int probabilityCount(int row) {
        return probabilityStart == null ? 0 : probabilityStart[row + 1] - probabilityStart[row];
    }

    /** The probability the model gave choice {@code choice} (0 = A) in row {@code row}; they sum to 1. */
    public double probability(int row, int choice) {
        if (choice < 0 || choice >= probabilityCount(row)) {
            throw new IndexOutOfBoundsException("row " + row + " has " + probabilityCount(row)
                    + " choice probabilities, not " + (choice + 1));
        }
        return probabilities[probabilityStart[row] + choice];
    }

    /** Names of the numeric score/metric columns the input carried (sin 3). */
    public List<String> metricColumns() {
        return metricColumns;
    }

    public Response get(int row) {
        return new Response(items.get(item[row]), models.get(model[row]), templates.get(template[row]),
                sample[row], response(row), answer(row), score[row]);
    }

    public Stream<Response> stream() {
        return IntStream.range(0, size()).mapToObj(this::get);
    }

    /** Whether every score is exactly 0 or 1. */
    public boolean isBinary() {
        for (double s : score) {
            if (s != 0.0 && s != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Builds {@link Results} row by row; arrays grow geometrically. */
    public static final class Builder {
        private final Names items = new Names();
        private final Names models = new Names();
        private final Names templates = new Names();
        private final Names answers = new Names();
        private int[] item = new int[1024];
        private int[] model = new int[1024];
        private int[] template = new int[1024];
        private int[] sample = new int[1024];
        private double[] score = new double[1024];
        private int[] answer = new int[1024];
        private String[] response = new String[1024];
        private boolean anyResponse;
        /** Allocated at the first row with probabilities; earlier rows get none. */
        private int[] probabilityStart;
        private float[] probabilities;
        private int size;
        private List<String> metricColumns = List.of();

        private Builder() {
        }

        /**
         * Adds one response.
         *
         * @param answer extracted answer, null for an abstention
         * @param response raw output, may be null
         * @param score the resolved score (0..1)
         */
        public Builder add(String itemId, String modelName, String templateName, int sampleIndex,
                           String response, String answer, double score) {
            return add(itemId, modelName, templateName, sampleIndex, response, answer, score, null);
        }

        /**
         * Adds one response with the probabilities the model gave its choices (A first), or null.
         * They are stored as given: the reader has checked and normalised them.
         */
        public Builder add(String itemId, String modelName, String templateName, int sampleIndex,
                           String response, String answer, double score, double[] choiceProbabilities) {
            if (size == item.length) {
                grow();
            }
            this.item[size] = items.intern(itemId);
            this.model[size] = models.intern(modelName);
            this.template[size] = templates.intern(templateName == null ? "" : templateName);
            this.sample[size] = sampleIndex;
            this.score[size] = score;
            this.answer[size] = answer == null ? -1 : answers.intern(answer);
            this.response[size] = response;
            anyResponse |= response != null;
            addProbabilities(choiceProbabilities);
            size++;
            return this;
        }

        private void addProbabilities(double[] values) {
            if (values == null && probabilities == null) {
                return;
            }
            if (probabilities == null) {
                probabilityStart = new int[item.length + 1];
                probabilities = new float[Math.max(1024, 4 * item.length)];
            }
            int start = probabilityStart[size];
            int count = values == null ? 0 : values.length;
            if (start + count > probabilities.length) {
                probabilities = Arrays.copyOf(probabilities, Math.max(start + count, 2 * probabilities.length));
            }
            for (int k = 0; k < count; k++) {
                probabilities[start + k] = (float) values[k];
            }
            probabilityStart[size + 1] = start + count;
        }

        public Builder add(Response r) {
            return add(r.itemId(), r.model(), r.template(), r.sample(), r.response(), r.answer(), r.score());
        }

        public Builder metricColumns(List<String> names) {
            this.metricColumns = List.copyOf(names);
            return this;
        }

        public int size() {
            return size;
        }

        private void grow() {
            int capacity = item.length * 2;
            item = Arrays.copyOf(item, capacity);
            model = Arrays.copyOf(model, capacity);
            template = Arrays.copyOf(template, capacity);
            sample = Arrays.copyOf(sample, capacity);
            score = Arrays.copyOf(score, capacity);
            answer = Arrays.copyOf(answer, capacity);
            response = Arrays.copyOf(response, capacity);
            if (probabilityStart != null) {
                probabilityStart = Arrays.copyOf(probabilityStart, capacity + 1);
            }
        }

        public Results build() {
            return new Results(this);
        }
    }
}
