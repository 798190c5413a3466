package org.gradflow.ui;

import java.util.Objects;
import org.gradflow.run.BoundaryGrid;
import org.gradflow.run.DataPreview;
import org.gradflow.ui.compose.DatasetView;
import org.gradflow.ui.train.RunListener;

/** Hands the training thread's data preview and decision boundaries to the compose panel's scatter plot. */
final class DatasetFeed implements RunListener {
    private final DatasetView view;

    DatasetFeed(DatasetView view) {
        this.view = Objects.requireNonNull(view, "view");
    }

    @Override
    public void previewReady(DataPreview preview) {
        view.setPreview(preview);
    }

    @Override
    public void boundaryReady(BoundaryGrid grid) {
        view.setBoundary(grid);
    }

    @Override
    public void runCleared() {
        view.setBoundary(null);
    }
}
