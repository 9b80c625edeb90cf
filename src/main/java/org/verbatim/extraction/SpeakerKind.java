package org.verbatim.extraction;

/** Whether a speaker is a single person or a body that speaks collectively (government, ministry, party, country). */
public enum SpeakerKind {
    PERSON,
    ORGANIZATION
}
