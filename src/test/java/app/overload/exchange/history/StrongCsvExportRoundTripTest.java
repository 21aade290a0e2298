package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.exchange.export.SessionTitles;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.usecase.ExportHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV export in Strong's layout, read back by Overload's own history import, gives the same sessions as far as
 * Strong's columns carry them: every set with its reps, load (exactly, in kilograms or in pounds), RPE, rest and
 * kind; every run with its distance and time; the notes. What the layout has no column for is listed in
 * docs/exports.md and spelled out in {@link #asTheCsvCarriesIt}.
 */
class StrongCsvExportRoundTripTest {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Logbook source;

    @BeforeAll
    static void writeSample() {
        SampleLogbook sample = SampleLogbook.generate(1, 3, UNTIL);
        source = Logbook.open(shared.resolve("source.db"));
        source.saveAll(sample.blocks(), sample.sessions());
    }

    @AfterAll
    static void close() {
        source.close();
    }

    private List<Workout> exportAndImport(UnitPreferences units) {
        Path csv = folder.resolve("history-" + units.mass().symbol() + ".csv");
        new ExportHistory(source).export(csv, ExportHistory.Format.CSV, null, null, units, p -> { });
        try (Logbook fresh = Logbook.open(folder.resolve("fresh-" + units.mass().symbol() + ".db"))) {
            ImportPlan plan = new HistoryImporter(ImportOptions.defaults()).preview(List.of(csv), fresh,
                    ImportProgress.NONE);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.mappings()).allMatch(m -> m.how() == ExerciseMapping.How.MATCHED,
                    "every exercise name maps back to its catalogue exercise");
            assertThat(plan.apply(fresh, false).written()).isTrue();
            List<Workout> back = new ArrayList<>();
            for (Session s : fresh.sessions().between(LocalDate.of(1900, 1, 1), UNTIL)) {
                back.add((Workout) s);
            }
            return back;
        }
    }

    private List<Workout> expected() {
        SessionTitles titles = new SessionTitles(source.blocks().all());
        List<Workout> expected = new ArrayList<>();
        for (Session s : source.sessions().between(LocalDate.of(1900, 1, 1), UNTIL)) {
            expected.add(asTheCsvCarriesIt(s, titles));
        }
        return expected;
    }

    @Test
    void theImportReadsBackTheSameSessionsInKilograms() {
        assertSame(exportAndImport(UnitPreferences.METRIC), expected());
    }

    @Test
    void theImportReadsBackTheSameSessionsFromAFileInPounds() throws Exception {
        List<Workout> back = exportAndImport(UnitPreferences.IMPERIAL);

        assertSame(back, expected());
        String text = Files.readString(folder.resolve("history-lb.csv"));
        assertThat(text).contains(";lbs;").contains(";mi;");
    }

    /**
     * A session as a Strong CSV carries it: a workout named as {@link SessionTitles} names it, without session RPE,
     * block or purpose; a set that failed with reps done reads as done; no heart rate, climb or intervals; a timed
     * activity whose name names a sport ("Spin class") comes back as that sport, timed.
     */
    static Workout asTheCsvCarriesIt(Session s, SessionTitles titles) {
        List<ActivityEntry> entries = new ArrayList<>();
        for (ActivityEntry e : s.entries()) {
            if (e instanceof StrengthEntry strength) {
                List<StrengthSet> sets = new ArrayList<>();
                for (StrengthSet set : strength.sets()) {
                    Duration rest = set.restBefore() == null || set.restBefore().isZero()
                            || set.restBefore().compareTo(Duration.ofHours(1)) > 0 ? null : set.restBefore();
                    sets.add(new StrengthSet(set.reps(), set.load(),
                            set.rpe() == null || set.rpe().value() == 0 ? null : set.rpe(), rest, set.kind(),
                            set.reps() == 0));
                }
                entries.add(new StrengthEntry(strength.exercise(), sets, strength.notes()));
            } else if (e instanceof EnduranceEntry run) {
                boolean hasDistance = run.distance() != null && !run.distance().isZero();
                if (!hasDistance && run.modality() == Modality.OTHER) {
                    entries.add(new TimedEntry("Cardio", run.duration(), null, run.notes()));
                } else {
                    entries.add(new EnduranceEntry(run.modality(), hasDistance ? run.distance() : null,
                            run.duration(), null, null, List.of(), run.notes()));
                }
            } else {
                TimedEntry timed = (TimedEntry) e;
                Modality named = Modalities.named(timed.activity()).orElse(null);
                entries.add(named == null ? timed
                        : new EnduranceEntry(named, null, timed.duration(), null, null, List.of(), timed.notes()));
            }
        }
        return new Workout(s.id(), s.start(), s.duration(), null, s.notes(), entries, titles.of(s));
    }

    private static void assertSame(List<Workout> actual, List<Workout> expected) {
        Comparator<Workout> order = Comparator.comparing(Workout::start).thenComparing(Workout::label);
        List<Workout> a = actual.stream().sorted(order).toList();
        List<Workout> e = expected.stream().sorted(order).toList();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < a.size(); i++) {
            assertThat(withId(a.get(i), e.get(i).id())).isEqualTo(e.get(i));
        }
    }

    private static Workout withId(Workout w, SessionId id) {
        return new Workout(id, w.start(), w.duration(), w.rpe(), w.notes(), w.entries(), w.label());
    }

    @Test
    void unitsAreNamedOnEveryRowSoNoReaderGuesses() throws Exception {
        Path csv = folder.resolve("units.csv");
        new ExportHistory(source).export(csv, ExportHistory.Format.CSV, LocalDate.of(2026, 10, 1), UNTIL,
                new UnitPreferences(MassUnit.KG, DistanceUnit.KM), p -> { });

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;"
                + "Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            String[] cells = line.split(";", -1);
            if (!cells[4].isEmpty()) {
                assertThat(cells[5]).isIn("kg", "lbs");
            }
            if (!cells[8].isEmpty()) {
                assertThat(cells[9]).isIn("km", "mi");
            }
        });
    }
}
