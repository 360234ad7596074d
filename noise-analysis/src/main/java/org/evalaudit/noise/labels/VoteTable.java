package org.evalaudit.noise.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Names;
import org.evalaudit.core.model.Results;

/**
 * Who voted for what, per item: the input of every label-noise model, built in one pass over the
 * results. Only items of the benchmark that have at least one response are "judged"; they keep benchmark
 * order, which is the order in which answer-key runs are looked for.
 *
 * <p>Each judged item has categories numbered from 0: the choice letters of a multiple-choice item, or
 * for a free-form item the normalised gold followed by every distinct normalised answer (plus, in the
 * models, one unseen answer). A model's responses to an item (several templates or samples) give one vote
 * for its most frequent answer, split evenly when answers tie. Null answers, and letters or texts that name
 * no choice, are abstentions: no vote.
 *
 * <p>Storage is compressed-row (offset arrays into flat primitive arrays) so 10 M responses cost 8 bytes
 * each and no objects; vote shares are stored only when some model's answers tie.
 */
final class VoteTable {
    private final Item[] items;
    private final int[] categoryStart;
    private final String[] categoryLabel;
    private final boolean[] freeForm;
    private final int[] gold;
    private final int[] voteStart;
    private final int[] voteModel;
    private final int[] voteCategory;
    private final float[] voteShare;
    private final int[] chain;
    private final List<String> chainNames;
    private final List<String> models;

    private VoteTable(Builder b) {
        this.items = b.items.toArray(new Item[0]);
        this.categoryStart = b.categoryStart;
        this.categoryLabel = b.categoryLabels.toArray(new String[0]);
        this.freeForm = Arrays.copyOf(b.freeForm, items.length);
        this.gold = Arrays.copyOf(b.gold, items.length);
        this.voteStart = b.voteStart;
        this.voteModel = b.votes == b.voteModel.length ? b.voteModel : Arrays.copyOf(b.voteModel, b.votes);
        this.voteCategory = b.votes == b.voteCategory.length ? b.voteCategory : Arrays.copyOf(b.voteCategory, b.votes);
        this.voteShare = b.voteShare == null ? null : Arrays.copyOf(b.voteShare, b.votes);
        this.chain = Arrays.copyOf(b.chain, items.length);
        this.chainNames = List.copyOf(b.chainNames);
        this.models = List.copyOf(b.models);
    }

    /** The vote table of every benchmark item that has at least one response in {@code results}. */
    static VoteTable of(Benchmark benchmark, Results results) {
        return new Builder(benchmark, results).build();
    }

    int size() {
        return items.length;
    }

    Item item(int i) {
        return items[i];
    }

    String id(int i) {
        return items[i].id();
    }

    /** Number of real categories (choices, or distinct free-form answers and the gold). */
    int categories(int i) {
        return categoryStart[i + 1] - categoryStart[i];
    }

    /**
     * Number of hypotheses for the true answer: the categories, plus one answer nobody gave when the item
     * is free-form (the truth may be a value no model produced).
     */
    int hypotheses(int i) {
        return categories(i) + (freeForm[i] ? 1 : 0);
    }

    String label(int i, int category) {
        return categoryLabel[categoryStart[i] + category];
    }

    /** Category of {@code normalizedLabel} in item i, or -1. */
    int categoryOf(int i, String normalizedLabel) {
        for (int c = categoryStart[i]; c < categoryStart[i + 1]; c++) {
            if (categoryLabel[c].equals(normalizedLabel)) {
                return c - categoryStart[i];
            }
        }
        return -1;
    }

    boolean isFreeForm(int i) {
        return freeForm[i];
    }

    /** Category of the gold, or -1 when the item has no usable gold (missing, or not a choice). */
    int gold(int i) {
        return gold[i];
    }

    int voteStart(int i) {
        return voteStart[i];
    }

    int voteEnd(int i) {
        return voteStart[i + 1];
    }

    int voteModel(int v) {
        return voteModel[v];
    }

    int voteCategory(int v) {
        return voteCategory[v];
    }

    /** The vote's weight: 1, or 1/k when a model's k most frequent answers tie. */
    double voteShare(int v) {
        return voteShare == null ? 1 : voteShare[v];
    }

    /** Whether every vote has weight 1 (no model's answers tie). */
    boolean unitShares() {
        return voteShare == null;
    }

    /** Chain of the item: consecutive judged items with the same subject. */
    int chain(int i) {
        return chain[i];
    }

    /** The chain of every item, in item order. */
    int[] chains() {
        return chain.clone();
    }

    List<String> chainNames() {
        return chainNames;
    }

    /** The name of item i's chain (its subject). */
    String chainName(int i) {
        return chainNames.get(chain[i]);
    }

    List<String> models() {
        return models;
    }

    /**
     * Sequential passes over the results (count, map answers to categories, collect votes), a stable radix
     * sort of the votes by item, then one pass per item to merge a model's several responses and number
     * free-form answers. No per-row objects.
     */
    private static final class Builder {
        private static final int NOT_A_LETTER = -2;
        private static final String[] LETTERS = new String[26];

        static {
            for (int c = 0; c < LETTERS.length; c++) {
                LETTERS[c] = Item.letter(c);
            }
        }
        private final Results results;
        private final List<Item> items = new ArrayList<>();
        private final List<String> chainNames = new ArrayList<>();
        private final List<String> categoryLabels = new ArrayList<>();
        private final List<String> models;
        private int[] categoryStart;
        private boolean[] freeForm;
        private int[] gold;
        private int[] voteStart;
        private int[] voteModel;
        private int[] voteCategory;
        private float[] voteShare;
        private int votes;
        private int[] chain;
        private int[] choiceCount;
        private String[] normalizedAnswers;

        Builder(Benchmark benchmark, Results results) {
            this.results = results;
            this.models = results.models().list();
            Names resultItems = results.items();
            int[] rowCount = new int[resultItems.size()];
            for (int row = 0; row < results.size(); row++) {
                rowCount[results.item(row)]++;
            }
            int[] judgedOf = judgedItems(benchmark, resultItems, rowCount);
            int n = items.size();
            int[] rowCategory = new int[results.size()];
            int valid = mapAnswers(judgedOf, rowCategory);
            int[] slotItem = new int[valid];
            int[] slotModel = new int[valid];
            int[] slotCategory = new int[valid];
            int k = 0;
            for (int row = 0; row < results.size(); row++) {
                if (rowCategory[row] >= 0) {
                    slotItem[k] = judgedOf[results.item(row)];
                    slotModel[k] = results.model(row);
                    slotCategory[k++] = rowCategory[row];
                }
            }
            ItemOrder.sort(slotItem, slotModel, slotCategory, n);
            int[] slotStart = new int[n + 1];
            for (int v = 0; v < valid; v++) {
                slotStart[slotItem[v] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                slotStart[i + 1] += slotStart[i];
            }
            voteModel = new int[slotStart[n]];
            voteCategory = new int[slotStart[n]];
            voteStart = new int[n + 1];
            categoryStart = new int[n + 1];
            int[] stamp = new int[models.size()];
            for (int i = 0; i < n; i++) {
                finishItem(i, slotModel, slotCategory, slotStart[i], slotStart[i + 1], stamp);
            }
        }

        /** Numbers the judged items (benchmark order, first of repeated ids) and sets up their categories. */
        private int[] judgedItems(Benchmark benchmark, Names resultItems, int[] rowCount) {
            int[] judgedOf = new int[resultItems.size()];
            Arrays.fill(judgedOf, -1);
            String previousSubject = null;
            int capacity = benchmark.size();
            freeForm = new boolean[capacity];
            gold = new int[capacity];
            chain = new int[capacity];
            choiceCount = new int[capacity];
            for (Item item : benchmark.items()) {
                int number = resultItems.indexOf(item.id());
                if (number < 0 || rowCount[number] == 0 || judgedOf[number] >= 0) {
                    continue;
                }
                int i = items.size();
                judgedOf[number] = i;
                if (items.isEmpty() || !Objects.equals(previousSubject, item.subject())) {
                    chainNames.add(item.subject() == null ? "(no subject)" : item.subject());
                }
                previousSubject = item.subject();
                items.add(item);
                chain[i] = chainNames.size() - 1;
                freeForm[i] = !item.isMultipleChoice();
                choiceCount[i] = item.choices().size();
                gold[i] = freeForm[i] ? (AnswerMatcher.normalize(item.gold()) == null ? -1 : 0) : item.goldIndex();
            }
            return judgedOf;
        }

        /**
         * The category of every row (-1: abstention or no choice; for free-form items the normalised
         * answer's number, renumbered per item later); returns the number of votes.
         */
        private int mapAnswers(int[] judgedOf, int[] rowCategory) {
            Names answers = results.answerNames();
            String[] normalized = new String[answers.size()];
            int[] letter = new int[answers.size()];
            for (int a = 0; a < answers.size(); a++) {
                normalized[a] = AnswerMatcher.normalize(answers.get(a));
                String form = normalized[a];
                letter[a] = form == null ? -1
                        : form.length() == 1 && form.charAt(0) >= 'A' && form.charAt(0) <= 'Z' ? form.charAt(0) - 'A'
                        : NOT_A_LETTER;
            }
            this.normalizedAnswers = normalized;
            int valid = 0;
            for (int row = 0; row < results.size(); row++) {
                int i = judgedOf[results.item(row)];
                int a = results.answerNumber(row);
                int category = -1;
                if (i >= 0 && a >= 0 && letter[a] != -1) {
                    if (freeForm[i]) {
                        category = a;
                    } else if (letter[a] >= 0) {
                        category = letter[a] < choiceCount[i] ? letter[a] : -1;
                    } else {
                        category = choiceWithText(items.get(i), normalized[a]);
                    }
                }
                rowCategory[row] = category;
                valid += category >= 0 ? 1 : 0;
            }
            return valid;
        }

        /** Categories of item i, then its votes: merged per model when a model answered more than once. */
        private void finishItem(int i, int[] slotModel, int[] slotCategory, int from, int to, int[] stamp) {
            Item item = items.get(i);
            categoryStart[i] = categoryLabels.size();
            if (freeForm[i]) {
                Map<String, Integer> local = new HashMap<>();
                String goldForm = AnswerMatcher.normalize(item.gold());
                if (goldForm != null) {
                    local.put(goldForm, 0);
                    categoryLabels.add(goldForm);
                }
                for (int k = from; k < to; k++) {
                    String form = normalizedAnswers[slotCategory[k]];
                    Integer c = local.get(form);
                    if (c == null) {
                        c = local.size();
                        local.put(form, c);
                        categoryLabels.add(form);
                    }
                    slotCategory[k] = c;
                }
            } else {
                for (int c = 0; c < choiceCount[i]; c++) {
                    categoryLabels.add(c < LETTERS.length ? LETTERS[c] : Item.letter(c));
                }
            }
            boolean repeated = false;
            for (int k = from; k < to; k++) {
                repeated |= stamp[slotModel[k]] == i + 1;
                stamp[slotModel[k]] = i + 1;
            }
            voteStart[i] = votes;
            if (!repeated) {
                for (int k = from; k < to; k++) {
                    addVote(slotModel[k], slotCategory[k], 1f);
                }
            } else {
                addMergedVotes(slotModel, slotCategory, from, to);
            }
            voteStart[i + 1] = votes;
            categoryStart[i + 1] = categoryLabels.size();
        }

        /**
         * A model that answered several times votes for its most frequent answer (split evenly on ties);
         * votes ordered by model, then category.
         */
        private void addMergedVotes(int[] slotModel, int[] slotCategory, int from, int to) {
            long[] keys = new long[to - from];
            for (int k = from; k < to; k++) {
                keys[k - from] = ((long) slotModel[k] << 32) | slotCategory[k];
            }
            Arrays.sort(keys);
            int k = 0;
            while (k < keys.length) {
                int model = (int) (keys[k] >>> 32);
                int end = k;
                while (end < keys.length && (int) (keys[end] >>> 32) == model) {
                    end++;
                }
                int most = 0;
                int ties = 0;
                for (int c = k; c < end; ) {
                    int run = sameKey(keys, c, end);
                    if (run > most) {
                        most = run;
                        ties = 1;
                    } else if (run == most) {
                        ties++;
                    }
                    c += run;
                }
                for (int c = k; c < end; ) {
                    int run = sameKey(keys, c, end);
                    if (run == most) {
                        addVote(model, (int) keys[c], 1f / ties);
                    }
                    c += run;
                }
                k = end;
            }
        }

        /** Number of copies of keys[from] starting at from (the keys are sorted). */
        private static int sameKey(long[] keys, int from, int end) {
            int run = 1;
            while (from + run < end && keys[from + run] == keys[from]) {
                run++;
            }
            return run;
        }

        /** The only choice whose normal form is {@code answer}, or -1 (none, or an ambiguous repeat). */
        private static int choiceWithText(Item item, String answer) {
            int found = -1;
            for (int c = 0; c < item.choices().size(); c++) {
                if (answer.equals(AnswerMatcher.normalize(item.choices().get(c)))) {
                    if (found >= 0) {
                        return -1;
                    }
                    found = c;
                }
            }
            return found;
        }

        private void addVote(int model, int category, float share) {
            if (share != 1f && voteShare == null) {
                voteShare = new float[voteModel.length];
                Arrays.fill(voteShare, 0, votes, 1f);
            }
            voteModel[votes] = model;
            voteCategory[votes] = category;
            if (voteShare != null) {
                voteShare[votes] = share;
            }
            votes++;
        }

        VoteTable build() {
            return new VoteTable(this);
        }
    }
}
