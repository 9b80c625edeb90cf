package org.verbatim.speaker;

public enum SpeakerKind {
    PERSON, ORGANIZATION
}
