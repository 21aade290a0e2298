package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import app.overload.exchange.BlockDiff.PlanChange;
import app.overload.exchange.ImportChoices.Side;
import org.junit.jupiter.api.Test;

/**
 * Whatever the two plans and the choices, the merged block holds each planned session once, in the version of the
 * side chosen for it; taking the file everywhere gives the file's block, keeping everything gives the stored one.
 */
class BlockMergePropertiesTest {

    private static final int POOL = 8;

    @Test
    void theMergedPlanIsTheChosenVersionOfEachPlannedSession() {
        qt().withExamples(500).withFixedSeed(20261203L).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<PlannedSession> mine = new ArrayList<>();
            List<PlannedSession> theirs = new ArrayList<>();
            for (int i = 0; i < POOL; i++) {
                PlannedSessionId id = new PlannedSessionId(new UUID(seed, i));
                int where = random.nextInt(4); // 0: mine only, 1: theirs only, 2: both the same, 3: both, changed
                if (where != 1) {
                    mine.add(PoundBlock.heavy(id, 1 + random.nextInt(2), 200 + 5 * i));
                }
                if (where != 0) {
                    theirs.add(PoundBlock.heavy(id, 1 + random.nextInt(2), where == 3 ? 300 + 5 * i : 200 + 5 * i));
                }
            }
            Collections.shuffle(mine, random);
            Collections.shuffle(theirs, random);
            TrainingBlock stored = PoundBlock.block(mine);
            TrainingBlock incoming = PoundBlock.block(theirs);
            BlockDiff diff = BlockDiff.of(stored, incoming);

            assertThat(merged(diff, ImportChoices.takeFile())).isEqualTo(incoming);
            assertThat(merged(diff, ImportChoices.keepMine())).isEqualTo(stored);

            ImportChoices drawn = random.nextBoolean() ? ImportChoices.takeFile() : ImportChoices.keepMine();
            for (PlanChange change : diff.plan()) {
                drawn = drawn.with(change.id(), random.nextBoolean() ? Side.FILE : Side.MINE);
            }
            ImportChoices choices = drawn;
            List<PlannedSession> plan = merged(diff, choices).plan();
            Set<PlannedSessionId> seen = new HashSet<>();
            for (PlannedSession p : plan) {
                assertThat(seen.add(p.id())).as("each planned session once").isTrue();
            }
            for (PlanChange change : diff.plan()) {
                PlannedSession chosen = choices.sideOf(change.id()) == Side.FILE ? change.incoming() : change.stored();
                if (chosen == null) {
                    assertThat(plan).extracting(PlannedSession::id).doesNotContain(change.id());
                } else {
                    assertThat(plan).contains(chosen);
                }
            }
            assertThat(plan).hasSize(diff.unchangedPlanned() + (int) diff.plan().stream()
                    .filter(c -> (choices.sideOf(c.id()) == Side.FILE ? c.incoming() : c.stored()) != null).count());
        });
    }

    private static TrainingBlock merged(BlockDiff diff, ImportChoices choices) {
        return ((BlockMerge.Merged.Block) BlockMerge.merge(diff, choices)).block();
    }
}
