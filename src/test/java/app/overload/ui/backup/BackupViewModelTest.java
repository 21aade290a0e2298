package app.overload.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.Fixtures;
import app.overload.store.Backups;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.LogbookFileActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupViewModelTest {

    @TempDir
    Path folder;

    private Logbook logbook;
    private final List<Backups.Backup> restored = new ArrayList<>();
    private String refusal;
    private BackupViewModel model;

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("overload.db"));
        logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2026, 11, 20, 18, 0)));
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
        LogbookFileActions actions = new LogbookFileActions() {
            @Override
            public Backups backups() {
                return new Backups(logbook.file());
            }

            @Override
            public Backups.Backup backUpNow() {
                return backups().backUp(logbook.database(), Backups.Kind.MANUAL, clock);
            }

            @Override
            public Optional<String> restore(Backups.Backup backup) {
                if (refusal != null) {
                    return Optional.of(refusal);
                }
                restored.add(backup);
                return Optional.empty();
            }
        };
        model = new BackupViewModel(actions, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void sayWhenThereAreNoBackupsYet() {
        model.refresh(logbook.file());
        assertThat(model.rows()).isEmpty();
        assertThat(model.messageProperty().get()).contains("No backups yet");
        assertThat(model.currentProperty().get()).startsWith("1 session from 2026-11-20");
    }

    @Test
    void backingUpListsTheNewCopyWithWhatItHolds() {
        model.backUpNow(logbook.file());
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("Made by you");
            assertThat(row.when()).isEqualTo("23 Nov 2026, 08:00");
            assertThat(row.contents()).startsWith("1 session");
            assertThat(row.healthy()).isTrue();
        });
        assertThat(model.messageProperty().get()).startsWith("Backed up to overload-manual-");
    }

    @Test
    void aRestoreSaysWhatItReplacesThenHandsOver() {
        model.backUpNow(logbook.file());
        logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2026, 11, 21, 18, 0)));
        model.refresh(logbook.file());
        BackupViewModel.Row row = model.rows().get(0);

        assertThat(model.confirmation(row)).contains("Now: 2 sessions").contains("After: 1 session")
                .contains("kept in the backups folder");
        assertThat(model.restore(row)).isTrue();
        assertThat(restored).containsExactly(row.backup());
    }

    @Test
    void aRefusedRestoreSaysWhyAndKeepsTheDialogOpen() {
        model.backUpNow(logbook.file());
        model.refresh(logbook.file());
        refusal = "Another Overload window has this logbook open. Close it, then restore.";

        assertThat(model.restore(model.rows().get(0))).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(refusal);
        assertThat(restored).isEmpty();
    }
}
