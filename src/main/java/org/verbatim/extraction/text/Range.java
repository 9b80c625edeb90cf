package org.verbatim.extraction.text;

/** Half-open range of token indexes. */
public record Range(int start, int end) {
    public Range {
        if (end < start) throw new IllegalArgumentException(start + ".." + end);
    }

    public boolean contains(int i) {
        return i >= start && i < end;
    }

    public int length() {
        return end - start;
    }
}
