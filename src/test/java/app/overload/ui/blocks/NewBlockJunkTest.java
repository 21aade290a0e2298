package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New block… fed junk in every field: it never throws, and it is valid exactly when it has a block to create. */
class NewBlockJunkTest {

    static final List<String> TYPED = List.of("", " ", "0", "-5", "1", "5", "12", "52", "53", "200", "80", "2.5",
            "5,5", "1e9", "NaN", "abc", "∞", "12:99", "25:00", "1:59:00", "99999999999", "2026-12-07", "2026-02-30",
            "2027-02-07", "2031-01-01", "2026-11-01", "\u0000", "x".repeat(300));

    @TempDir
    Path folder;

    @Test
    void junkNeverThrowsAndValidMeansABlockIsReady() {
        try (Logbook logbook = Logbook.open(folder.resolve("junk.db"))) {
            NewBlockViewModel model = new NewBlockViewModel(new BlockData(logbook), new CurrentThreadTaskExecutor(),
                    Clock.fixed(LocalDate.of(2026, 11, 25).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                    UnitPreferences.METRIC);
            model.open();
            int choices = TYPED.size();
            qt().withExamples(1500).withFixedSeed(20261125L)
                    .forAll(integers().between(0, model.starts().size() - 1), integers().between(0, 3),
                            integers().between(0, choices * choices * choices - 1),
                            integers().between(0, choices * choices * choices - 1))
                    .checkAssert((start, goalKind, a, b) -> {
                        model.startProperty().set(model.starts().get(start));
                        model.goal().kindProperty().set(GoalInputs.Kind.values()[goalKind]);
                        model.dates().lengthProperty().set(a % 2 == 0 ? DateInputs.Length.WEEKS
                                : DateInputs.Length.GOAL_DATE);
                        model.dates().start().set(TYPED.get(a % choices));
                        model.dates().weeks().set(TYPED.get(a / choices % choices));
                        model.dates().goalDate().set(TYPED.get(a / choices / choices));
                        model.goal().load().set(TYPED.get(b % choices));
                        model.goal().time().set(TYPED.get(b / choices % choices));
                        model.goal().target().set(TYPED.get(b / choices / choices));
                        model.levels().rows().forEach(r -> {
                            r.load().set(TYPED.get(b % choices));
                            r.time().set(TYPED.get(a % choices));
                        });

                        assertThat(model.validProperty().get()).isEqualTo(model.built() != null);
                        if (!model.validProperty().get()) {
                            assertThat(model.problemProperty().get()).isNotBlank();
                        }
                    });
        }
    }
}
