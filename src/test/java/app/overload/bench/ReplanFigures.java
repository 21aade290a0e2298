package app.overload.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.WhatIf;
import app.overload.store.Logbook;
import app.overload.usecase.BlockOutlook;
import app.overload.usecase.ReplanBlock;

/**
 * Re-plan and outlook on the 10-year logbook, as the block view and {@code overload replan} work them out (read the
 * history, re-plan, the outlook with it). The block: the last twelve-week lifting block of the sample, made sixteen
 * weeks long by adding four weeks before its goal date (the "add weeks" preview) and saved, re-planned on the last
 * day of its fourth week, so twelve weeks are left. Targets: re-plan under 200 ms, outlook under 50 ms.
 */
final class ReplanFigures {

    private ReplanFigures() {
    }

    static List<Figure> measure(Path file) throws Exception {
        try (Logbook logbook = Logbook.open(file)) {
            TrainingBlock twelve = logbook.blocks().all().stream()
                    .filter(b -> b.weeks() == 12 && b.goal() instanceof StrengthGoal
                            && !b.start().plusWeeks(4).isAfter(BenchData.UNTIL))
                    .max(Comparator.comparing(TrainingBlock::start)).orElseThrow();
            LocalDate today = twelve.start().plusWeeks(4).minusDays(1);
            TrainingBlock sixteen = new WhatIf.AddWeeks(4).apply(twelve, today).block();
            logbook.blocks().save(sixteen);
            UnitPreferences units = UnitPreferences.METRIC;
            ReplanBlock replans = new ReplanBlock(logbook);
            BlockOutlook outlooks = new BlockOutlook(logbook);
            double replan = Timing.steady(() -> replans.replan(sixteen.id(), today, units, List.of()));
            double outlook = Timing.steady(() -> outlooks.outlook(sixteen, today, units));
            return List.of(
                    Figure.under("Re-plan of a 16-week block with 12 weeks left (10-year logbook)", replan, 200),
                    Figure.under("Goal outlook of that block (10-year logbook)", outlook, 50));
        }
    }
}
