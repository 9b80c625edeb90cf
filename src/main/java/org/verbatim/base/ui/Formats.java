package org.verbatim.base.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * How views write times and dates: in the time zone of the person's browser (UTC until the browser has said which),
 * to the minute or second, never as raw ISO text; recent times relative ("5 min ago").
 */
public final class Formats {

    private static final String ZONE = Formats.class.getName() + ".zone";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
            Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    /** Asks the browser for its time zone once per session; views drawn after the answer use it. */
    public static void learnTimeZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                String id = details.getTimeZoneId();
                if (id != null && !id.isBlank()) {
                    session.setAttribute(ZONE, ZoneId.of(id));
                }
            } catch (RuntimeException unknownZone) {
                // an unknown or missing zone leaves UTC
            }
        });
    }

    /** The signed-in person's time zone, UTC when unknown. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE);
        return zone instanceof ZoneId id ? id : ZoneOffset.UTC;
    }

    /** A moment to the second in the person's time zone, with the zone's abbreviation: {@code 2026-03-12 14:05:09 CET}. */
    public static String dateTime(Instant instant) {
        return dateTime(instant, zone());
    }

    static String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.withZone(zone).format(instant);
    }

    /** {@code text} on one line, cut to at most {@code max} characters with an ellipsis ("" for none). */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** When something happened, as a person reads it: relative within the day, else day and time. */
    public static String when(Instant instant) {
        return when(instant, Instant.now(), zone());
    }

    static String when(Instant at, Instant now, ZoneId zone) {
        if (at == null) {
            return "";
        }
        Duration ago = Duration.between(at, now);
        if (ago.isNegative() && ago.abs().toMinutes() < 1) {
            ago = Duration.ZERO;    // clocks a few seconds apart
        }
        if (!ago.isNegative()) {
            if (ago.toSeconds() < 60) {
                return "just now";
            }
            if (ago.toMinutes() < 60) {
                return ago.toMinutes() + " min ago";
            }
            if (ago.toHours() < 6) {
                return ago.toHours() + " h ago";
            }
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (local.toLocalDate().equals(today)) {
            return "today " + TIME.format(local);
        }
        if (local.toLocalDate().equals(today.minusDays(1))) {
            return "yesterday " + TIME.format(local);
        }
        return (local.getYear() == today.getYear() ? DAY : FULL_DAY).format(local);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
