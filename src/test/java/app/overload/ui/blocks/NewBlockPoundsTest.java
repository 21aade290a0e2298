package app.overload.ui.blocks;

import static app.overload.ui.blocks.NewBlockViewModelTest.TODAY;
import static app.overload.ui.blocks.NewBlockViewModelTest.level;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import app.overload.TempLogbook;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** New block… from the linear 5×5 template (written in kilograms) for a lifter in kilograms and one in pounds. */
class NewBlockPoundsTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("blocks.db");

    Logbook logbook;
    final List<TrainingBlock> created = new ArrayList<>();

    @BeforeEach
    void open() {
        logbook = temp.open();
    }

    NewBlockViewModel model(MassUnit unit) {
        NewBlockViewModel model = new NewBlockViewModel(new BlockData(logbook), new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL);
        model.open();
        return model;
    }

    @ParameterizedTest(name = "a {1} {0} squat: goal {2}, first day \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            KG |     | 110 | Back squat 5×5 @ 60 kg · Bench press 5×5 @ 45 kg
            KG | 80  | 130 | Back squat 5×5 @ 80 kg · Bench press 5×5 @ 60 kg
            LB |     | 230 | Back squat 5×5 @ 130 lb · Bench press 5×5 @ 95 lb
            LB | 175 | 275 | Back squat 5×5 @ 175 lb · Bench press 5×5 @ 130 lb
            """)
    void theGoalAndThePlanReadInTheLiftersPlates(MassUnit unit, String squat, String goal, String firstDay) {
        NewBlockViewModel model = model(unit);
        if (squat != null) {
            level(model, "back-squat").load().set(squat);
        }

        // The template's lifter squats 5 × 5 @ 60 kg and aims 50 kg (20 steps of 2.5 kg) higher: 20 steps of 5 lb.
        assertThat(model.goal().load().text()).isEqualTo(goal);
        assertThat(model.preview().get(0)).contains(firstDay);
        // Every load of the first weeks is whole plates of the lifter's unit: 2.5 kg, 5 lb.
        double step = unit.smallestStep();
        model.preview().forEach(day -> Pattern.compile("@ ([\\d.]+) " + unit.symbol()).matcher(day)
                .results().forEach(m -> assertThat(Double.parseDouble(m.group(1)) % step).as(day).isZero()));
        model.create(created::add);

        assertThat(created).singleElement().satisfies(b -> assertThat(((StrengthGoal) b.goal()).load())
                .isEqualTo(Mass.of(Double.parseDouble(goal), unit)));
    }
}
