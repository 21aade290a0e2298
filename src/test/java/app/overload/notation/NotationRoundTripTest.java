package app.overload.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.Mass;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.SessionSummary;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;

/**
 * What the app writes reads back (docs/notation.md, "Round trip"). The full line reads back to the very session;
 * the history's summary line reads back to a session that the summary shows the same way, which reads back to
 * itself.
 */
class NotationRoundTripTest {

    private static final SessionId SAME = new SessionId(new UUID(0, 0));
    /** The pace after a summary's distance and time, worked out from them and rounded: compared apart. */
    private static final Pattern PACE = Pattern.compile(", [0-9:]+ /(km|mi|500 m|100 m)|, [0-9.]+ (km/h|mph)");

    private static NotationContext context(UnitPreferences units) {
        return NotationContext.of(ShippedCatalogue.CATALOGUE, units, GeneratedSessions.NOW)
                .withBlocks(List.of(GeneratedSessions.BLOCK), Set.of());
    }

    private static Session readBack(String text, UnitPreferences units) {
        List<Reading> readings = NotationParser.read(text, context(units));
        assertThat(readings).as(text).hasSize(1);
        Reading reading = readings.get(0);
        assertThat(reading).as(() -> text + "\n→ " + (reading instanceof Reading.Refused r ? r.problem().message()
                : "")).isInstanceOf(Reading.Understood.class);
        return ((Reading.Understood) reading).session();
    }

    @Test
    void theFullLineReadsBackToTheSameSession() {
        qt().withExamples(3000).withFixedSeed(20261123L).forAll(longs().all(), booleans().all())
                .checkAssert((seed, imperial) -> {
                    UnitPreferences units = imperial ? UnitPreferences.IMPERIAL : UnitPreferences.METRIC;
                    Session session = GeneratedSessions.session(seed, units, false);
                    NotationWriter writer = new NotationWriter(units, ShippedCatalogue.CATALOGUE.names(),
                            id -> GeneratedSessions.BLOCK.name());
                    String line = writer.write(session);

                    Session back = readBack(line, units);

                    assertThat(normal(back)).as(line).isEqualTo(normal(session));
                });
    }

    @Test
    void theSummaryLineReadsBackToASessionItSummarisesTheSameWay() {
        qt().withExamples(3000).withFixedSeed(20261124L).forAll(longs().all(), booleans().all())
                .checkAssert((seed, imperial) -> {
                    UnitPreferences units = imperial ? UnitPreferences.IMPERIAL : UnitPreferences.METRIC;
                    SessionSummary summary = new SessionSummary(units, ShippedCatalogue.CATALOGUE.names());
                    Session session = GeneratedSessions.session(seed, units, true);
                    String line = summary.describe(session);

                    Session back = readBack(line, units);
                    String again = summary.describe(back);

                    assertThat(withoutPace(again)).as(line).isEqualTo(withoutPace(line));
                    assertThat(normal(readBack(again, units))).as(again).isEqualTo(normal(back));
                });
    }

    private static String withoutPace(String summary) {
        return PACE.matcher(summary).replaceAll("");
    }

    /** The session with a fixed id and its quantities to a micro-unit, so floating-point noise does not count. */
    static Session normal(Session s) {
        List<ActivityEntry> entries = s.entries().stream().map(NotationRoundTripTest::normal).toList();
        if (s instanceof Workout w) {
            return new Workout(SAME, w.start(), w.duration(), w.rpe(), w.notes(), entries, w.label());
        }
        TrainingSession t = (TrainingSession) s;
        return new TrainingSession(SAME, t.start(), t.duration(), t.rpe(), t.notes(), entries, t.block(), t.purpose(),
                t.plannedSession());
    }

    private static ActivityEntry normal(ActivityEntry entry) {
        if (entry instanceof StrengthEntry s) {
            return new StrengthEntry(s.exercise(), s.sets().stream().map(set -> new StrengthSet(set.reps(),
                    Mass.kilograms(round(set.load().kilograms())), set.rpe(), set.restBefore(), set.kind(),
                    set.failed(), metres(set.distance()), set.duration())).toList(), s.notes());
        }
        if (entry instanceof EnduranceEntry e) {
            return new EnduranceEntry(e.modality(), metres(e.distance()), e.duration(), e.averageHeartRate(),
                    metres(e.elevationGain()), e.intervals().stream().map(i -> new Interval(i.repeats(),
                            metres(i.workDistance()), i.workDuration(), metres(i.recoveryDistance()),
                            i.recoveryDuration())).toList(), e.notes());
        }
        return entry;
    }

    private static Distance metres(Distance d) {
        return d == null ? null : Distance.metres(round(d.metres()));
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
