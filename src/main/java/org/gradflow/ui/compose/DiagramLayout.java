package org.gradflow.ui.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the network diagram, in pixels, computed without any Node: the input and every layer as a vertical
 * bar from left (input) to right (output), bar height growing with log2(units + 1), and residual arcs above the
 * bars. A bar whose units are unknown (invalid text) gets the smallest height.
 */
final class DiagramLayout {
    static final double MARGIN = 6;
    static final double MIN_BAR = 6;

    /**
     * @param layer the layer index, or -1 for the input bar
     * @param x left edge
     * @param y top edge
     * @param w width
     * @param h height
     */
    record Box(int layer, double x, double y, double w, double h) {
        double centerX() {
            return x + w / 2;
        }
    }

    /**
     * A residual connection from the centre of the bar feeding the block ({@code fromX}) to the centre of the
     * block's last bar ({@code toX}), peaking at {@code topY}; {@code baseY} is where it meets the bars.
     */
    record Arc(int firstLayer, double fromX, double toX, double baseY, double topY) {
    }

    private final List<Box> boxes;
    private final List<Arc> arcs;
    private final double slot;

    private DiagramLayout(List<Box> boxes, List<Arc> arcs, double slot) {
        this.boxes = boxes;
        this.arcs = arcs;
        this.slot = slot;
    }

    /**
     * @param inputSize network input width, or -1 when unknown
     * @param units units per layer, input side first, -1 where unknown; not {@code null}
     * @param residualSpans residual span per layer (0 none, 1 or 2), same length as {@code units}
     * @param width drawing width in pixels
     * @param height drawing height in pixels
     */
    static DiagramLayout of(int inputSize, int[] units, int[] residualSpans, double width, double height) {
        int n = units.length;
        // a slot may be narrower than a pixel (hundreds of layers): bars are then drawn as thin anti-aliased lines
        double slot = Math.max(1e-3, (width - 2 * MARGIN) / (n + 1));
        double barWidth = Math.min(48, slot * 0.7);
        double arcRoom = Math.max(10, height * 0.28);
        double barTop = MARGIN + arcRoom;
        double maxBar = Math.max(MIN_BAR, height - barTop - MARGIN);
        double maxLog = log(inputSize);
        for (int u : units) {
            maxLog = Math.max(maxLog, log(u));
        }
        List<Box> boxes = new ArrayList<>(n + 1);
        for (int i = -1; i < n; i++) {
            int u = i < 0 ? inputSize : units[i];
            double fraction = maxLog > 0 ? log(u) / maxLog : 0;
            double h = MIN_BAR + (maxBar - MIN_BAR) * fraction;
            double x = MARGIN + (i + 1) * slot + (slot - barWidth) / 2;
            double y = barTop + (maxBar - h) / 2;
            boxes.add(new Box(i, x, y, barWidth, h));
        }
        List<Arc> arcs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int span = residualSpans[i];
            if (span > 0 && i + span - 1 < n) {
                Box from = boxes.get(i); // the bar before layer i (boxes are shifted by one for the input)
                Box to = boxes.get(i + span);
                double base = Math.min(from.y(), to.y());
                arcs.add(new Arc(i, from.centerX(), to.centerX(), base, Math.max(2, base - arcRoom + 2)));
            }
        }
        return new DiagramLayout(List.copyOf(boxes), List.copyOf(arcs), slot);
    }

    private static double log(int units) {
        return units > 0 ? Math.log(units + 1.0) / Math.log(2) : 0;
    }

    /** @return the input bar first, then one bar per layer */
    List<Box> boxes() {
        return boxes;
    }

    /** @return one arc per residual block that fits in the network */
    List<Arc> arcs() {
        return arcs;
    }

    /** @return the layer whose column contains {@code x} (whole height counts), or -1 for the input or outside */
    int layerAt(double x) {
        int column = (int) Math.floor((x - MARGIN) / slot);
        int layer = column - 1;
        return layer >= 0 && layer < boxes.size() - 1 ? layer : -1;
    }
}
