/**
 * Use cases: one plain class for each thing both front ends do (suggest a week, the block overview, chart data,
 * import a block or history, export a block, back up and restore). The command line and the view models call them
 * and only format what comes back, so the wiring of store, engine and file formats is written once. No JavaFX and
 * no picocli here; see docs/architecture.md.
 */
package app.overload.usecase;
