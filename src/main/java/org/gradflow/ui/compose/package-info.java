/**
 * The "compose" side of the GradFlow app: editing an {@link org.gradflow.model.ExperimentSpec} (layers, residual
 * blocks, training settings, dataset) with live validation, a network diagram and a data scatter plot.
 *
 * <p>View models ({@code ...ViewModel}) hold JavaFX properties only, never a {@code Node}, and are unit-tested
 * without a window. Views build their controls in code and bind them to the view models. Nothing here touches
 * ND4J: the scatter plot receives plain numbers ({@link org.gradflow.run.DataPreview},
 * {@link org.gradflow.run.BoundaryGrid}).
 */
package org.gradflow.ui.compose;
