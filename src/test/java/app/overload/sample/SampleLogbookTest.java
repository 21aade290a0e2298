package app.overload.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.BlockStatus;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLogbookTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesTheSameLogbook() {
        assertThat(SampleLogbook.generate(1, 42, UNTIL)).isEqualTo(SampleLogbook.generate(1, 42, UNTIL));
        assertThat(SampleLogbook.generate(1, 43, UNTIL).sessions())
                .isNotEqualTo(SampleLogbook.generate(1, 42, UNTIL).sessions());
    }

    @Test
    void aYearHoldsAFiveByFiveBlockWithFailuresAndADeload() {
        SampleLogbook sample = SampleLogbook.generate(1, 1, UNTIL);
        TrainingBlock fiveByFive = sample.blocks().stream().filter(b -> b.name().startsWith("Linear 5×5"))
                .filter(b -> b.status(UNTIL) == BlockStatus.FINISHED).findFirst().orElseThrow();
        List<TrainingSession> logged = inBlock(sample, fiveByFive);
        assertThat(fiveByFive.weeks()).isEqualTo(12);
        assertThat(fiveByFive.deloadWeeks()).contains(4);
        assertThat(logged).anyMatch(s -> s.purpose() == Purpose.DELOAD);
        assertThat(logged).flatExtracting(Session::entries).filteredOn(StrengthEntry.class::isInstance)
                .flatExtracting(e -> ((StrengthEntry) e).sets()).anyMatch(StrengthSet::failed);
    }

    @Test
    void theHalfMarathonTempoProgressesOneVariableAtATime() {
        SampleLogbook sample = SampleLogbook.generate(1, 1, UNTIL);
        TrainingBlock half = sample.blocks().stream().filter(b -> b.name().startsWith("Half marathon"))
                .reduce((a, b) -> b).orElseThrow();
        List<Prescription.Endurance> tempos = half.plan().stream().filter(p -> p.purpose() == Purpose.TEMPO)
                .sorted((a, b) -> Integer.compare(a.week(), b.week()))
                .map(p -> (Prescription.Endurance) p.prescriptions().get(0)).toList();
        Prescription.Endurance first = tempos.get(0);
        assertThat(first.distance().miles()).isEqualTo(4.0, Assertions.within(1e-9));
        assertThat(pacePerMile(first)).isEqualTo(Duration.ofSeconds(7 * 60 + 15));
        for (int i = 1; i < 10; i++) {
            Prescription.Endurance before = tempos.get(i - 1);
            Prescription.Endurance after = tempos.get(i);
            boolean longer = after.distance().metres() > before.distance().metres() + 1;
            boolean faster = pacePerMile(after).compareTo(pacePerMile(before)) < 0;
            assertThat(longer && faster).as("week %d changes distance and pace at once", i + 1).isFalse();
        }
        assertThat(half.taperWeeks()).containsExactly(11, 12);
        assertThat(half.plan()).anyMatch(p -> p.purpose() == Purpose.RACE);
    }

    private static Duration pacePerMile(Prescription.Endurance rx) {
        Pace pace = ((PaceTarget.AtPace) rx.target()).pace();
        return Duration.ofSeconds(Math.round(pace.secondsPer(DistanceUnit.MI)));
    }

    @Test
    void scattersWorkoutsThatStandAlone() {
        SampleLogbook sample = SampleLogbook.generate(1, 1, UNTIL);
        assertThat(sample.sessions()).filteredOn(Workout.class::isInstance)
                .extracting(s -> ((Workout) s).label()).contains("Spin class", "Yoga", "Fun run");
    }

    @Test
    void theCurrentBlocksAreInProgressAndNothingIsLoggedAfterTheLastDay() {
        SampleLogbook sample = SampleLogbook.generate(1, 1, UNTIL);
        assertThat(sample.blocks()).filteredOn(b -> b.status(UNTIL) == BlockStatus.ACTIVE).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sample.sessions()).allMatch(s -> !s.date().isAfter(UNTIL));
        assertThat(sample.blocks()).extracting(TrainingBlock::name).doesNotHaveDuplicates();
    }

    @Test
    void tenYearsIsABenchmarkSizedLogbook() {
        SampleLogbook sample = SampleLogbook.generate(10, 1, UNTIL);
        long sets = sample.sessions().stream().flatMap(s -> s.entries().stream())
                .filter(StrengthEntry.class::isInstance).mapToLong(e -> ((StrengthEntry) e).sets().size()).sum();
        long runs = sample.sessions().stream().flatMap(s -> s.entries().stream())
                .filter(e -> e instanceof EnduranceEntry en && en.modality() == Modality.RUN).count();
        assertThat(sample.sessions()).hasSizeGreaterThan(4000);
        assertThat(sets).isBetween(80_000L, 120_000L);
        assertThat(runs).isBetween(1_500L, 2_500L);
    }

    @Test
    void survivesTheStoreUnchanged() {
        SampleLogbook sample = SampleLogbook.generate(1, 3, UNTIL);
        try (Logbook logbook = Logbook.open(folder.resolve("sample.db"))) {
            logbook.saveAll(sample.blocks(), sample.sessions());
            assertThat(logbook.blocks().all()).containsExactlyInAnyOrderElementsOf(sample.blocks());
            assertThat(logbook.sessions().between(UNTIL.minusYears(2), UNTIL))
                    .containsExactlyElementsOf(sample.sessions());
        }
    }

    @Test
    void refusesAnAbsurdSpan() {
        assertThatThrownBy(() -> SampleLogbook.generate(0, 1, UNTIL)).hasMessageContaining("between 1 and 30");
    }

    private static List<TrainingSession> inBlock(SampleLogbook sample, TrainingBlock block) {
        return sample.sessions().stream().filter(TrainingSession.class::isInstance).map(TrainingSession.class::cast)
                .filter(s -> s.block().equals(block.id())).toList();
    }
}
