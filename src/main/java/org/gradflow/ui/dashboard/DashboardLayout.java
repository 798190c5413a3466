package org.gradflow.ui.dashboard;

/** How the dashboard arranges its charts. */
public enum DashboardLayout {
    /** Four charts in two rows of two. */
    GRID_2X2("Grid 2 × 2", 2, 2),
    /** Six charts in two rows of three. */
    GRID_3X2("Grid 3 × 2", 3, 2),
    /** One chart at a time, a tab per chart. */
    TABS("Tabs", 1, 1);

    private final String label;
    private final int columns;
    private final int rows;

    DashboardLayout(String label, int columns, int rows) {
        this.label = label;
        this.columns = columns;
        this.rows = rows;
    }

    /** @return the name in the layout menu */
    public String label() {
        return label;
    }

    /** @return grid columns (1 for tabs) */
    public int columns() {
        return columns;
    }

    /** @return grid rows (1 for tabs) */
    public int rows() {
        return rows;
    }

    /** @return the number of chart cells of a grid, 0 for tabs */
    public int cells() {
        return this == TABS ? 0 : columns * rows;
    }
}
