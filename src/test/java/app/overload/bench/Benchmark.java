package app.overload.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.overload.analysis.EnduranceSubject;
import app.overload.analysis.ExerciseSubject;
import app.overload.analysis.GoalRow;
import app.overload.analysis.TimeRange;
import app.overload.domain.BlockStatus;
import app.overload.domain.ExerciseId;
import app.overload.domain.Modality;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockExporter;
import app.overload.exchange.BlockImporter;
import app.overload.exchange.history.HistoryImporter;
import app.overload.exchange.history.ImportOptions;
import app.overload.exchange.history.ImportPlan;
import app.overload.exchange.history.ImportProgress;
import app.overload.store.LastTimeQueries;
import app.overload.store.Logbook;
import app.overload.usecase.ChartData;
import app.overload.usecase.ChartTopic;

/**
 * The benchmark: builds the sample logbooks (1, 3 and 10 years) once, measures every figure the issues name as
 * the median of several runs after warm-up, compares each with its target (and floor, where there is one), prints
 * one table and writes it into docs/performance.md. Run with {@code mvn -Pbench verify}.
 */
public final class Benchmark {

    private static final int[] YEARS = {1, 3, 10};

    private final Path work;
    private final List<Figure> figures = new ArrayList<>();
    /** Data-dependent figures per logbook size: name → (years → ms). */
    private final Map<String, Map<Integer, Double>> growth = new LinkedHashMap<>();

    private Benchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        Path work = Files.createTempDirectory("overload-bench");
        Benchmark bench = new Benchmark(work);
        long started = System.nanoTime();
        bench.run();
        String table = Report.table(bench.figures, bench.growth, YEARS);
        System.out.println(table);
        Report.write(report, table, (System.nanoTime() - started) / 1e9);
        boolean allMet = bench.figures.stream().allMatch(Figure::met);
        System.out.println(allMet ? "All targets met." : "Some targets were missed: see the table.");
    }

    private void run() throws Exception {
        Map<Integer, Path> logbooks = new LinkedHashMap<>();
        for (int years : YEARS) {
            System.out.println("Writing the " + years + "-year sample logbook…");
            logbooks.put(years, BenchData.logbook(work, years));
        }
        Path ten = logbooks.get(10);
        startup(ten);
        InstalledImageStartup.measure(ten, work).ifPresent(figures::add);
        for (int years : YEARS) {
            dataFigures(years, BenchData.copy(logbooks.get(years), work, "measure-" + years + "y.db"));
        }
        exportImport();
        csvImport();
        figures.add(ExportFigures.tenYearsToCsv(BenchData.copy(ten, work, "export-10y.db"), work));
        figures.add(FitFigures.fourHourActivity(work));
        figures.add(HeartRateFigures.fourHourImport(work));
        figures.addAll(NotationFigures.measure(BenchData.copy(ten, work, "notation-10y.db")));
        figures.addAll(LiftingDayFigures.measure(BenchData.copy(ten, work, "lifting-10y.db")));
        figures.addAll(ReplanFigures.measure(BenchData.copy(ten, work, "replan-10y.db")));
        peakHeap(ten);
    }

    private void startup(Path ten) throws Exception {
        System.out.println("Start-up…");
        List<String> app = List.of("-Doverload.probe=startup", "-Duser.home=" + work.resolve("home"));
        List<String> appWithArchive = new ArrayList<>(app);
        // -Xshare:on: an archive that does not fit the jar stops the run instead of timing a start without it.
        appWithArchive.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + ChildProcess.packagedArchive()));
        List<String> db = List.of("--db", ten.toString());
        double[] medians = ChildProcess.interleavedMedians(2, 7, List.of(
                new ChildProcess.Start(List.of(), ChildProcess.plainWindow(), List.of(), "probe shown"),
                new ChildProcess.Start(app, ChildProcess.packagedApp(), db, "probe history-visible"),
                new ChildProcess.Start(appWithArchive, ChildProcess.packagedApp(), db, "probe history-visible")));
        double floor = medians[0];
        figures.add(new Figure("Start-up: JVM start → history of the 10-year logbook visible (packaged jar, Monocle "
                + "headless)", medians[1], "ms", floor, "≤ 1.2 × plain window", medians[1] <= 1.2 * floor));
        figures.add(new Figure("Start-up of the packaged jar with the AppCDS archive the build makes", medians[2], "ms",
                floor, "≤ 1.2 × plain window", medians[2] <= 1.2 * floor));
    }

    /** Figures whose cost could grow with the logbook: measured at every size, the 10-year one against its target. */
    private void dataFigures(int years, Path file) throws Exception {
        System.out.println("Data figures on " + years + " years…");
        LocalDateTime now = BenchData.UNTIL.atTime(21, 0);
        try (Logbook logbook = Logbook.open(file)) {
            LastTimeQueries lastTime = logbook.lastTime();
            record("\"Last time\" for 6 exercises", years, 50, Timing.steady(() -> lastTime.lastStrength(BenchData.SIX,
                    now, now.minusDays(182))));
            LocalDateTime[] start = {LocalDateTime.of(2030, 1, 1, 6, 0)};
            record("Save a 30-set session", years, 20, Timing.median(() -> {
                start[0] = start[0].plusHours(2);
                logbook.sessions().save(BenchData.thirtySets(start[0]));
            }));
            for (TrainingBlock block : logbook.blocks().all()) {
                if (block.status(BenchData.UNTIL) == BlockStatus.ACTIVE) {
                    suggestions(logbook, block, years);
                }
            }
            ChartData charts = new ChartData(logbook);
            var goals = charts.choices().goals();
            var squat = new ExerciseSubject(ExerciseId.of("back-squat"), "Back squat", 0, BenchData.UNTIL);
            chart(charts, "Chart data: e1RM of the back squat, all years", years,
                    new ChartData.Selection(ChartTopic.STRENGTH, squat, null), goals);
            chart(charts, "Chart data: weekly running distance, all years", years,
                    new ChartData.Selection(ChartTopic.ENDURANCE, null, new EnduranceSubject(Modality.RUN, null, 0)),
                    goals);
            chart(charts, "Chart data: load and recovery, all years", years,
                    new ChartData.Selection(ChartTopic.LOAD, null, null), goals);
            chart(charts, "Chart data: intensity, time in HR zones and aerobic efficiency, all years", years,
                    new ChartData.Selection(ChartTopic.INTENSITY, null, null), goals);
        }
    }

    private void suggestions(Logbook logbook, TrainingBlock block, int years) throws Exception {
        for (SuggestionFigures.Measured m : SuggestionFigures.measure(logbook, block)) {
            growth.computeIfAbsent(m.name(), k -> new LinkedHashMap<>()).put(years, m.full());
            if (years == 10) {
                figures.add(m.figure());
            }
        }
    }

    private void chart(ChartData charts, String name, int years, ChartData.Selection selection,
            List<GoalRow> goals) throws Exception {
        record(name, years, 150, Timing.steady(() -> ChartData.charts(charts.rows(selection, goals), TimeRange.ALL,
                BenchData.UNTIL, UnitPreferences.METRIC)));
    }

    private void record(String name, int years, double limitMs, double ms) {
        growth.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(years, ms);
        if (years == 10) {
            figures.add(Figure.under(name + " (10-year logbook)", ms, limitMs));
        }
    }

    private void exportImport() throws Exception {
        System.out.println("Export and import of a 16-week block…");
        BenchData.Block block = BenchData.sixteenWeeks(LocalDate.of(2026, 6, 1));
        Path source = work.resolve("block-source.db");
        Path file = work.resolve("block.json");
        try (Logbook logbook = Logbook.open(source)) {
            logbook.saveAll(List.of(block.block()), block.sessions());
            BlockExporter exporter = new BlockExporter(logbook);
            figures.add(Figure.under("Export a 16-week block with its " + block.sessions().size() + " sessions",
                    Timing.median(() -> exporter.export(block.block().id(), true, file)), 200));
        }
        int[] next = {0};
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < Timing.WARM_UP + Timing.RUNS; i++) {
            Path target = work.resolve("block-target-" + i + ".db");
            Logbook.open(target).close();
            targets.add(target);
        }
        figures.add(Figure.under("Import it into an empty logbook", Timing.median(() -> {
            try (Logbook logbook = Logbook.open(targets.get(next[0]++))) {
                BlockImporter importer = new BlockImporter(logbook);
                importer.apply(importer.preview(file));
            }
        }), 200));
    }

    private void csvImport() throws Exception {
        System.out.println("Importing 100,000 Strong CSV rows…");
        Path csv = BenchData.strongCsv(work, 100_000);
        int[] next = {0};
        double ms = Timing.median(1, 3, () -> {
            try (Logbook logbook = Logbook.open(work.resolve("csv-" + next[0]++ + ".db"))) {
                ImportPlan plan = new HistoryImporter(ImportOptions.defaults()).preview(List.of(csv), logbook,
                        ImportProgress.NONE);
                plan.apply(logbook, false);
            }
        });
        figures.add(new Figure("Import 100,000 Strong CSV rows", ms / 1000, "s", Double.NaN, "< 5 s", ms < 5000));
    }

    private void peakHeap(Path ten) throws Exception {
        System.out.println("Peak heap with every section visited…");
        ChildProcess.Result result = ChildProcess.run(List.of("-Xmx256m", "-Doverload.probe=sections",
                "-Duser.home=" + work.resolve("home")), ChildProcess.packagedApp(), List.of("--db", ten.toString()),
                "probe peak-heap");
        double mb = Long.parseLong(result.line().substring("probe peak-heap ".length())) / (1024.0 * 1024.0);
        figures.add(new Figure("Peak heap, 10-year logbook open, every section visited (run with -Xmx256m)", mb,
                "MB", Double.NaN, "< 256 MB", mb < 256));
    }
}
