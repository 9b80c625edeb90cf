package org.verbatim.extraction.attribution;

import java.util.List;
import java.util.Objects;

/**
 * A linear model that ranks the candidates of one choice: each candidate scores {@code w·x}, and a softmax over the
 * candidates of the choice turns scores into probabilities (multinomial logistic regression with candidate features,
 * the "conditional logit"). A choice may have several right candidates (a name and the pronoun that refers to it); the
 * model is trained to put its probability on any of them. Training minimises the negative log-likelihood plus an L2
 * penalty with L-BFGS over the whole set at once, so the same data always gives the same weights.
 */
public final class LogisticRanker {

    private final double[] weights;

    public LogisticRanker(double[] weights) {
        this.weights = weights.clone();
    }

    public int features() {
        return weights.length;
    }

    public double[] weights() {
        return weights.clone();
    }

    public double score(double[] x) {
        return dot(weights, x);
    }

    /** Softmax over the candidates' scores; empty for no candidates. */
    public double[] probabilities(List<double[]> candidates) {
        double[] p = new double[candidates.size()];
        for (int i = 0; i < p.length; i++) p[i] = score(candidates.get(i));
        softmax(p);
        return p;
    }

    /** One training choice: the candidates' feature vectors and which of them are right (at least one). */
    public record Choice(List<double[]> candidates, boolean[] right) {
        public Choice {
            candidates = List.copyOf(candidates);
            right = right.clone();
            if (right.length != candidates.size()) throw new IllegalArgumentException("one label per candidate");
            boolean any = false;
            for (boolean r : right) any |= r;
            if (!any) throw new IllegalArgumentException("a choice needs a right candidate");
        }
    }

    /**
     * Fits weights for {@code features}-long vectors.
     *
     * @param l2         penalty on the squared weights, relative to the number of choices
     * @param iterations L-BFGS iterations at most
     */
    public static LogisticRanker train(List<Choice> choices, int features, double l2, int iterations) {
        Objects.requireNonNull(choices, "choices");
        for (Choice c : choices) {
            for (double[] x : c.candidates()) {
                if (x.length != features) throw new IllegalArgumentException("feature vector of length " + x.length + ", not " + features);
            }
        }
        Objective f = new Objective(choices, l2);
        return new LogisticRanker(Lbfgs.minimise(f, new double[features], iterations));
    }

    /** Mean negative log-likelihood of the right candidates plus {@code l2/2 |w|²}, and its gradient. */
    static final class Objective {
        private final List<Choice> choices;
        private final double l2;

        Objective(List<Choice> choices, double l2) {
            this.choices = choices;
            this.l2 = l2;
        }

        double value(double[] w, double[] gradient) {
            java.util.Arrays.fill(gradient, 0);
            double loss = 0;
            for (Choice c : choices) {
                int n = c.candidates().size();
                double[] p = new double[n];
                for (int i = 0; i < n; i++) p[i] = dot(w, c.candidates().get(i));
                softmax(p);
                double right = 0;
                for (int i = 0; i < n; i++) if (c.right()[i]) right += p[i];
                loss -= Math.log(Math.max(right, 1e-300));
                for (int i = 0; i < n; i++) {
                    // d(-log sum_right p)/ds_i = p_i - p_i [i right] / sum_right p
                    double g = p[i] - (c.right()[i] ? p[i] / Math.max(right, 1e-300) : 0);
                    if (g == 0) continue;
                    double[] x = c.candidates().get(i);
                    for (int k = 0; k < x.length; k++) gradient[k] += g * x[k];
                }
            }
            int m = Math.max(1, choices.size());
            double reg = 0;
            for (int k = 0; k < w.length; k++) {
                gradient[k] = gradient[k] / m + l2 * w[k];
                reg += w[k] * w[k];
            }
            return loss / m + l2 / 2 * reg;
        }
    }

    /** Limited-memory BFGS with a backtracking (Armijo) line search. */
    static final class Lbfgs {
        private static final int MEMORY = 10;

        private Lbfgs() {
        }

        static double[] minimise(Objective f, double[] start, int iterations) {
            int n = start.length;
            double[] x = start.clone();
            double[] g = new double[n];
            double fx = f.value(x, g);
            double[][] s = new double[MEMORY][];
            double[][] y = new double[MEMORY][];
            double[] rho = new double[MEMORY];
            int stored = 0;
            double[] xNew = new double[n];
            double[] gNew = new double[n];
            for (int it = 0; it < iterations; it++) {
                if (norm(g) < 1e-7) break;
                double[] d = direction(g, s, y, rho, stored);
                double slope = dot(g, d);
                if (slope >= 0) {
                    // not a descent direction: restart from steepest descent
                    stored = 0;
                    d = g.clone();
                    for (int k = 0; k < n; k++) d[k] = -d[k];
                    slope = dot(g, d);
                }
                double step = it == 0 && stored == 0 ? Math.min(1, 1 / norm(g)) : 1;
                double fNew;
                int tries = 0;
                while (true) {
                    for (int k = 0; k < n; k++) xNew[k] = x[k] + step * d[k];
                    fNew = f.value(xNew, gNew);
                    if (fNew <= fx + 1e-4 * step * slope || ++tries > 40) break;
                    step /= 2;
                }
                if (tries > 40) break;
                double[] sk = new double[n];
                double[] yk = new double[n];
                for (int k = 0; k < n; k++) {
                    sk[k] = xNew[k] - x[k];
                    yk[k] = gNew[k] - g[k];
                }
                double sy = dot(sk, yk);
                if (sy > 1e-12) {
                    int slot = stored < MEMORY ? stored++ : shift(s, y, rho);
                    s[slot] = sk;
                    y[slot] = yk;
                    rho[slot] = 1 / sy;
                }
                double improvement = fx - fNew;
                System.arraycopy(xNew, 0, x, 0, n);
                System.arraycopy(gNew, 0, g, 0, n);
                fx = fNew;
                if (improvement >= 0 && improvement < 1e-10 * Math.max(1, Math.abs(fx))) break;
            }
            return x;
        }

        /** Drops the oldest pair and returns the freed last slot. */
        private static int shift(double[][] s, double[][] y, double[] rho) {
            for (int i = 1; i < MEMORY; i++) {
                s[i - 1] = s[i];
                y[i - 1] = y[i];
                rho[i - 1] = rho[i];
            }
            return MEMORY - 1;
        }

        /** The two-loop recursion: minus the inverse-Hessian estimate times the gradient. */
        private static double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored) {
            double[] q = g.clone();
            double[] alpha = new double[stored];
            for (int i = stored - 1; i >= 0; i--) {
                alpha[i] = rho[i] * dot(s[i], q);
                for (int k = 0; k < q.length; k++) q[k] -= alpha[i] * y[i][k];
            }
            if (stored > 0) {
                double gamma = dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
                for (int k = 0; k < q.length; k++) q[k] *= gamma;
            }
            for (int i = 0; i < stored; i++) {
                double beta = rho[i] * dot(y[i], q);
                for (int k = 0; k < q.length; k++) q[k] += s[i][k] * (alpha[i] - beta);
            }
            for (int k = 0; k < q.length; k++) q[k] = -q[k];
            return q;
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void softmax(double[] s) {
        if (s.length == 0) return;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) max = Math.max(max, v);
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(s[i] - max);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) s[i] /= sum;
    }
}
