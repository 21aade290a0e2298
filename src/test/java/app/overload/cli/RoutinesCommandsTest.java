package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overload export --with-routines} and the import of the file, end to end, without a display. */
class RoutinesCommandsTest {

    @TempDir
    Path folder;

    @Test
    void routinesTravelWithTheBlockWhenAskedAndComeInOnce() {
        Path coach = folder.resolve("coach.db");
        Path athlete = folder.resolve("athlete.db");
        Path file = folder.resolve("block.json");
        assertThat(CommandRun.of("demo", "--db", coach.toString(), "--until", "2026-11-23").code()).isZero();
        Routine upper = new Routine(RoutineId.random(), "Upper A", List.of(new StrengthEntry(
                ExerciseId.of("bench-press"), List.of(StrengthSet.working(8, Mass.kilograms(60))))));
        try (Logbook logbook = Logbook.open(coach)) {
            logbook.routines().save(upper);
        }

        CommandRun without = CommandRun.of("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)",
                "--out", file.toString());
        assertThat(without.out()).doesNotContain("routine");
        CommandRun export = CommandRun.of("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)",
                "--out", file.toString(), "--with-routines", "--replace");
        assertThat(export.code()).isZero();
        assertThat(export.out()).contains(", 1 routine) to ");

        CommandRun first = CommandRun.of("import", "--db", athlete.toString(), file.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("Routines: 1 to add.").contains("and wrote 1 routine.");
        try (Logbook logbook = Logbook.open(athlete)) {
            assertThat(logbook.routines().all()).containsExactly(upper);
        }

        CommandRun again = CommandRun.of("import", "--db", athlete.toString(), file.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Routines: 1 already in the logbook (skipped).")
                .doesNotContain("wrote 1 routine");
    }
}
