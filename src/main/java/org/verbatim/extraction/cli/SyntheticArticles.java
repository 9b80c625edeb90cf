package org.verbatim.extraction.cli;

import java.util.Random;

/** Made-up news articles with the usual mix of direct, reported and attributed speech, for benchmarks and tests. */
public final class SyntheticArticles {

    private static final String[] FIRST = {"Maren", "Tobias", "Ilse", "Corin", "Adaeze", "Pavel", "Lucia", "Edrin"};
    private static final String[] LAST = {"Halvorsen", "Quist", "Mbeki-Lund", "Ortolan", "Varga", "Delacroix", "Sund", "Okafor"};
    private static final String[] ROLES = {"Foreign Minister", "Finance Minister", "spokesman", "Deputy Mayor", "President"};
    private static final String[] COUNTRIES = {"Norvania", "Estmark", "Valdoria", "Kestria"};
    private static final String[] ADJECTIVES = {"Norvanian", "Estmarkian", "Valdorian", "Kestrian"};
    private static final String[] CLAUSES = {
            "the talks would resume next month in the capital",
            "the budget had been approved by a wide margin",
            "no decision had been taken on the new border crossing",
            "the two governments would continue to cooperate on energy",
            "the sanctions had failed to change the policy of the neighbouring state",
            "the ministry was studying the proposal carefully"};
    private static final String[] FILLER = {
            "The meeting took place in the old parliament building on Tuesday.",
            "Officials from both sides attended the session, which lasted several hours.",
            "Trade between the two countries has doubled over the past decade.",
            "Critics have questioned the timing of the announcement."};

    private SyntheticArticles() {
    }

    /** An article of roughly {@code words} words. */
    public static String article(Random r, int words) {
        StringBuilder sb = new StringBuilder(words * 7);
        String name = pick(r, FIRST) + " " + pick(r, LAST);
        String surname = name.substring(name.indexOf(' ') + 1);
        int c = r.nextInt(COUNTRIES.length);
        sb.append("date 2024-0").append(1 + r.nextInt(9)).append("-1").append(r.nextInt(10)).append(' ');
        sb.append(ADJECTIVES[c]).append(' ').append(pick(r, ROLES)).append(' ').append(name)
                .append(" said on Monday that ").append(pick(r, CLAUSES)).append(".\n\n");
        int count = sb.toString().split("\\s+").length;
        while (count < words) {
            String paragraph = switch (r.nextInt(7)) {
                case 0 -> "\u201C" + cap(pick(r, CLAUSES)) + ", and we will not accept anything less,\u201D " + surname + " said.";
                case 1 -> cap(pick(r, CLAUSES)) + ", the " + ADJECTIVES[c].toLowerCase() + " official added, stressing that "
                        + pick(r, CLAUSES) + ".";
                case 2 -> "He said that " + pick(r, CLAUSES) + ".";
                case 3 -> "According to " + surname + ", " + pick(r, CLAUSES) + ".";
                case 4 -> "Noting that " + pick(r, CLAUSES) + ", the minister said \u201C" + cap(pick(r, CLAUSES)) + ".\u201D";
                case 5 -> "The " + ADJECTIVES[c] + " government has repeatedly stated that " + pick(r, CLAUSES) + ".";
                default -> pick(r, FILLER) + " " + pick(r, FILLER);
            };
            sb.append(paragraph).append("\n\n");
            count += paragraph.split("\\s+").length;
        }
        sb.append("Source \u00BB Example Wire\n");
        return sb.toString();
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
