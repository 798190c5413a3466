/**
 * Crash recovery: the app autosaves the experiment and its recorded run to a recovery file while it has unsaved
 * changes ({@link org.gradflow.ui.recovery.Autosave}), removes it on a clean exit, and after a crash offers to
 * restore it ({@link org.gradflow.ui.recovery.Recovery}). The files live in {@link org.gradflow.ui.recovery.RecoveryStore}.
 */
package org.gradflow.ui.recovery;
