package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.Fixtures;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.Workout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRepositoryTest {

    @TempDir
    Path folder;

    private Logbook logbook;
    private DraftRepository drafts;

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("drafts.db"));
        drafts = new DraftRepository(logbook.database());
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void keepsTheLatestPayloadOfASlot() {
        drafts.save("log", "first", LocalDateTime.of(2026, 11, 23, 18, 0));
        drafts.save("log", "second", LocalDateTime.of(2026, 11, 23, 18, 1));

        assertThat(drafts.find("log")).hasValueSatisfying(d -> {
            assertThat(d.payload()).isEqualTo("second");
            assertThat(d.updatedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 18, 1));
        });
        assertThat(drafts.find("other")).isEmpty();
    }

    @Test
    void survivesClosingAndReopeningTheLogbook() {
        drafts.save("log", "line one\nline two = x", LocalDateTime.of(2026, 11, 23, 18, 0));
        logbook.close();

        logbook = Logbook.open(folder.resolve("drafts.db"));
        assertThat(new DraftRepository(logbook.database()).find("log")).get()
                .extracting(DraftRepository.Draft::payload).isEqualTo("line one\nline two = x");
    }

    @Test
    void savingTheSessionDropsItsDraftInTheSameTransaction() {
        drafts.save("log", "typing", LocalDateTime.of(2026, 11, 23, 18, 0));
        Workout session = Fixtures.squats(Fixtures.day(23), 5, 5, 100);

        logbook.sessions().saveAndDropDraft(session, "log");

        assertThat(logbook.sessions().find(session.id())).isPresent();
        assertThat(drafts.find("log")).isEmpty();
    }

    @Test
    void aSessionThatCannotBeSavedLeavesTheDraftAlone() {
        drafts.save("log", "typing", LocalDateTime.of(2026, 11, 23, 18, 0));
        Workout unknownExercise = Fixtures.workout(Fixtures.day(23), new StrengthEntry(
                ExerciseId.of("no-such-lift"),
                List.of(StrengthSet.working(5, Mass.kilograms(20)))));

        assertThatThrownBy(() -> logbook.sessions().saveAndDropDraft(unknownExercise, "log"))
                .isInstanceOf(StoreException.class);

        assertThat(drafts.find("log")).isPresent();
        assertThat(logbook.sessions().count()).isZero();
    }

    @Test
    void deletesADraft() {
        drafts.save("log", "typing", LocalDateTime.of(2026, 11, 23, 18, 0));
        drafts.delete("log");
        assertThat(drafts.find("log")).isEmpty();
    }
}
