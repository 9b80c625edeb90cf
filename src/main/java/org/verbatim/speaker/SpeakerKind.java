package org.verbatim.speaker;

public enum SpeakerKind {
    PERSON("Person"), ORGANIZATION("Organisation");

    private final String label;

    SpeakerKind(String label) {
        this.label = label;
    }

    /** The name people read, the same on every screen (the constant keeps schema.org's spelling). */
    public String label() {
        return label;
    }
}
