package org.verbatim.registry;

/**
 * Two registry entries that look like one person, and why: a suggestion to merge {@code merged} into {@code into}
 * (the entry with more quotes), for a person to decide.
 */
public record SuggestedMerge(SpeakerSummary into, SpeakerSummary merged, String why) {
}
