package org.evalaudit.noise.labels;

/**
 * Item discrimination: the item-rest point-biserial correlation (the "corrected item-total correlation" of
 * classical test theory; Crocker and Algina 1986, §14.3). Over the models that answered item i, it is the
 * Pearson correlation of x_j, model j's agreement with the gold on item i (the share of its responses
 * giving the gold), with r_j, its mean agreement with the gold on every other item that has a usable gold.
 * A good item is answered "correctly" by the stronger models (positive); a wrong key is matched mainly by
 * the weaker ones, so a negative value is a sign of a wrong gold.
 */
final class ItemDiscrimination {
    private ItemDiscrimination() {
    }

    /** Per item, the item-rest correlation; NaN when undefined (fewer than 2 voters, or no spread). */
    static double[] of(VoteTable votes) {
        int n = votes.size();
        int models = votes.models().size();
        double[] agree = new double[models];
        double[] count = new double[models];
        int[] model = new int[models];
        double[] x = new double[models];
        for (int i = 0; i < n; i++) {
            if (votes.gold(i) < 0) {
                continue;
            }
            int voters = agreements(votes, i, model, x);
            for (int k = 0; k < voters; k++) {
                agree[model[k]] += x[k];
                count[model[k]] += 1;
            }
        }
        double[] discrimination = new double[n];
        for (int i = 0; i < n; i++) {
            int voters = agreements(votes, i, model, x);
            double m = 0;
            double sx = 0;
            double sr = 0;
            double sxx = 0;
            double srr = 0;
            double sxr = 0;
            for (int k = 0; k < voters; k++) {
                int j = model[k];
                if (count[j] < 2) {
                    continue;
                }
                double rest = (agree[j] - x[k]) / (count[j] - 1);
                m += 1;
                sx += x[k];
                sr += rest;
                sxx += x[k] * x[k];
                srr += rest * rest;
                sxr += x[k] * rest;
            }
            double vx = sxx - sx * sx / m;
            double vr = srr - sr * sr / m;
            double cov = sxr - sx * sr / m;
            discrimination[i] = votes.gold(i) < 0 || m < 2 || vx <= 1e-12 || vr <= 1e-15
                    ? Double.NaN : cov / Math.sqrt(vx * vr);
        }
        return discrimination;
    }

    /**
     * Each voting model's agreement with the gold on item i (0 when the gold is unusable) into model[] and
     * x[]; returns how many. A model's votes on an item are consecutive.
     */
    private static int agreements(VoteTable votes, int i, int[] model, double[] x) {
        int gold = votes.gold(i);
        int voters = 0;
        int v = votes.voteStart(i);
        int end = votes.voteEnd(i);
        while (v < end) {
            int j = votes.voteModel(v);
            double agreement = 0;
            while (v < end && votes.voteModel(v) == j) {
                if (votes.voteCategory(v) == gold) {
                    agreement += votes.voteShare(v);
                }
                v++;
            }
            model[voters] = j;
            x[voters++] = gold < 0 ? 0 : agreement;
        }
        return voters;
    }
}
