/**
 * Chart builders and PNG/SVG export, shared by the CLI and the GUI: {@link org.gradflow.charts.Charts#build} turns a
 * {@link org.gradflow.diagnostics.History} into a JFreeChart for each {@link org.gradflow.charts.ChartKind}, and
 * {@link org.gradflow.charts.ChartExport} writes it to a file. Charts depend only on the History's content and the
 * {@link org.gradflow.charts.ChartOptions}, so the same run always gives the same picture. Layers are numbered from 1
 * at the input side in every legend and axis. Plain Java2D: no JavaFX, no ND4J.
 */
package org.gradflow.charts;
