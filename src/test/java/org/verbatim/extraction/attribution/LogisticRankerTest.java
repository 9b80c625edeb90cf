package org.verbatim.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRankerTest {

    private static final double[] HIDDEN = {2.0, -1.5, 0.5, 0.0};

    /** Choices of 2 to 6 random candidates; the one the hidden weights score highest is right. */
    private static List<LogisticRanker.Choice> separable(long seed, int count) {
        Random random = new Random(seed);
        List<LogisticRanker.Choice> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            int n = 2 + random.nextInt(5);
            List<double[]> xs = new ArrayList<>();
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double[] x = new double[HIDDEN.length];
                for (int k = 0; k < x.length; k++) x[k] = random.nextGaussian();
                xs.add(x);
                double s = LogisticRanker.dot(HIDDEN, x);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            boolean[] right = new boolean[n];
            right[best] = true;
            out.add(new LogisticRanker.Choice(xs, right));
        }
        return out;
    }

    private static double accuracy(LogisticRanker model, List<LogisticRanker.Choice> choices) {
        int right = 0;
        for (LogisticRanker.Choice c : choices) {
            double[] p = model.probabilities(c.candidates());
            int best = 0;
            for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
            if (c.right()[best]) right++;
        }
        return (double) right / choices.size();
    }

    @Test
    void learns_a_separable_problem_and_ranks_unseen_choices() {
        LogisticRanker model = LogisticRanker.train(separable(1, 400), HIDDEN.length, 1e-4, 200);
        assertThat(accuracy(model, separable(2, 400))).isGreaterThan(0.95);
        double[] w = model.weights();
        // the learned direction is the hidden one: same signs, the unused feature weighs least
        assertThat(w[0]).isPositive();
        assertThat(w[1]).isNegative();
        assertThat(w[2]).isPositive();
        assertThat(Math.abs(w[3])).isLessThan(Math.abs(w[2]));
    }

    @Test
    void training_is_deterministic() {
        double[] first = LogisticRanker.train(separable(7, 200), HIDDEN.length, 1e-3, 100).weights();
        double[] second = LogisticRanker.train(separable(7, 200), HIDDEN.length, 1e-3, 100).weights();
        assertThat(second).containsExactly(first);
    }

    @Test
    void probabilities_of_a_choice_sum_to_one_and_follow_the_scores() {
        LogisticRanker model = new LogisticRanker(new double[]{1, 0});
        double[] p = model.probabilities(List.of(new double[]{0, 5}, new double[]{2, 0}, new double[]{1, 0}));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p[1]).isGreaterThan(p[2]).isGreaterThan(p[0]);
    }

    @Test
    void several_right_candidates_share_the_probability() {
        // two candidates are right and only differ in a feature the data says nothing about
        List<LogisticRanker.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            choices.add(new LogisticRanker.Choice(List.of(new double[]{1, 0}, new double[]{1, 1}, new double[]{0, 0}),
                    new boolean[]{true, true, false}));
        }
        LogisticRanker model = LogisticRanker.train(choices, 2, 1e-3, 100);
        double[] p = model.probabilities(choices.getFirst().candidates());
        assertThat(p[0] + p[1]).isGreaterThan(0.9);
        assertThat(p[2]).isLessThan(0.1);
    }

    @Test
    void a_choice_needs_a_right_candidate() {
        assertThatThrownBy(() -> new LogisticRanker.Choice(List.of(new double[]{1}), new boolean[]{false}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticRanker.train(List.of(new LogisticRanker.Choice(List.of(new double[]{1, 2}), new boolean[]{true})), 3, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
