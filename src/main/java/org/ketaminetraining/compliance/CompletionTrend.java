package org.ketaminetraining.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The completion rate per month, from history rather than today's state: at the end of each month, of the people
 * who were then expected to hold the programme's certificate, the share who held one in force then.
 *
 * <p>"The end of a month" is its last day, as the organisation's calendar has it; for the current month it is today,
 * since the rest has not happened. Someone counts in the month when they were expected ({@link Expected}) before the
 * day ended and not released from it by then. A certificate counts when it was issued on or before that day, expires
 * after it (on its expiry date it no longer counts, as {@code CertificateValidity} says) and had not been revoked by
 * the end of the day. Dates are calendar days of the organisation, instants are turned into them in its zone.
 */
public final class CompletionTrend {

    /** Months shown: the current one and the eleven before it. */
    public static final int MONTHS = 12;

    private CompletionTrend() {
    }

    /**
     * A span in which one person was expected to be certified: an assignment of the programme while it applied to
     * them, or, for a department without assignments, their membership as a trainee.
     *
     * @param until when it stopped applying; empty while it still does
     */
    public record Expected(long accountId, Instant from, Optional<Instant> until) {
        public Expected {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }
    }

    /** One certificate of the programme as issued, with its revocation if any. */
    public record Held(long accountId, LocalDate issuedOn, LocalDate expiresOn, Optional<Instant> revokedAt) {
        public Held {
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(expiresOn, "expiresOn");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }
    }

    /**
     * One month's point.
     *
     * @param asOf      the day the month was measured on: its last day, or today for the current month
     * @param expected  people expected to be certified at the end of that day
     * @param certified of those, people holding a certificate in force then
     */
    public record Month(YearMonth month, LocalDate asOf, int expected, int certified) {
        public Month {
            if (certified < 0 || certified > expected) {
                throw new IllegalArgumentException("certified must be between 0 and " + expected);
            }
        }

        /** The share certified, 0 to 1; empty for a month in which nobody was expected. */
        public OptionalDouble rate() {
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) certified / expected);
        }

        /** The rate in whole percent, rounded down (as the report's progress is), when there is one. */
        public Optional<Integer> percent() {
            return expected == 0 ? Optional.empty() : Optional.of(certified * 100 / expected);
        }
    }

    /** The last {@link #MONTHS} months up to the one holding {@code today}, oldest first, with the day each ends. */
    public static List<LocalDate> monthEnds(LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<LocalDate> ends = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int back = MONTHS - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            ends.add(back == 0 ? today : month.atEndOfMonth());
        }
        return ends;
    }

    /** The trend of one group of people in one programme, oldest month first. */
    public static List<Month> of(Collection<Expected> expected, Collection<Held> certificates, LocalDate today,
            ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        List<Month> months = new ArrayList<>();
        for (LocalDate day : monthEnds(today)) {
            Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            Set<Long> people = new HashSet<>();
            for (Expected span : expected) {
                if (span.from().isBefore(endOfDay) && span.until().map(u -> !u.isBefore(endOfDay)).orElse(true)) {
                    people.add(span.accountId());
                }
            }
            Set<Long> holders = new HashSet<>();
            for (Held certificate : certificates) {
                if (people.contains(certificate.accountId()) && inForce(certificate, day, endOfDay)) {
                    holders.add(certificate.accountId());
                }
            }
            months.add(new Month(YearMonth.from(day), day, people.size(), holders.size()));
        }
        return months;
    }

    private static boolean inForce(Held certificate, LocalDate day, Instant endOfDay) {
        return !certificate.issuedOn().isAfter(day) && day.isBefore(certificate.expiresOn())
                && certificate.revokedAt().map(at -> !at.isBefore(endOfDay)).orElse(true);
    }
}
