package org.gradflow.ui.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Structural edits of the layer list, keeping residual blocks attached to their layers.
 *
 * <p>The rule for residual blocks: a block is stored on its first layer and moves with its layers. An edit that
 * removes one of the block's layers, or leaves its layers no longer next to each other in order (a layer inserted or
 * moved between them, one of them moved away), drops the block; every method returns a notice naming the dropped
 * blocks, or "" when none was dropped. Copies made by {@link #repeat} carry the blocks that lie wholly inside the
 * copied range.
 *
 * <p>Indices are 0-based from the input side; the callers check ranges.
 */
final class LayerOperations {
    private final List<LayerRowViewModel> rows;

    /** @param rows the live list of rows to edit, not {@code null} */
    LayerOperations(List<LayerRowViewModel> rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** Inserts {@code row} so that it gets index {@code index} (0 to size). */
    String insert(int index, LayerRowViewModel row) {
        List<Block> before = blocks();
        rows.add(index, row);
        return reconcile(before);
    }

    /** Removes the row at {@code index}. */
    String remove(int index) {
        List<Block> before = blocks();
        rows.remove(index);
        return reconcile(before);
    }

    /** Moves the row at {@code from} so that it ends at index {@code to}. */
    String move(int from, int to) {
        List<Block> before = blocks();
        LayerRowViewModel row = rows.remove(from);
        rows.add(to, row);
        return reconcile(before);
    }

    /** Inserts {@code times} copies of the rows {@code from..to} (inclusive) right after row {@code to}. */
    String repeat(int from, int to, int times) {
        List<Block> before = blocks();
        List<LayerRowViewModel> copies = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            for (int i = from; i <= to; i++) {
                LayerRowViewModel r = rows.get(i);
                int span = r.residualSpanProperty().get();
                boolean inside = span > 0 && i + span - 1 <= to;
                copies.add(r.copy(inside ? span : 0));
            }
        }
        rows.addAll(to + 1, copies);
        return reconcile(before);
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int span = rows.get(i).residualSpanProperty().get();
            if (span > 0) {
                int last = Math.min(rows.size() - 1, i + span - 1);
                blocks.add(new Block(rows.get(i), rows.get(last), i, last));
            }
        }
        return blocks;
    }

    private String reconcile(List<Block> before) {
        List<String> dropped = new ArrayList<>();
        for (Block b : before) {
            int s = indexOf(b.start);
            int e = indexOf(b.end);
            String where = b.first == b.last ? "layer " + b.first : "layers " + b.first + "-" + b.last;
            if (s < 0) {
                dropped.add("the residual block at " + where + " was removed with its first layer");
            } else if (e < 0) {
                b.start.residualSpanProperty().set(0);
                dropped.add("the residual block at " + where + " was dropped because its last layer was removed");
            } else if (e - s != b.last - b.first) {
                b.start.residualSpanProperty().set(0);
                dropped.add("the residual block at " + where + " was dropped because its layers are no longer adjacent");
            }
        }
        if (dropped.isEmpty()) {
            return "";
        }
        String text = String.join("; ", dropped);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private int indexOf(LayerRowViewModel row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        return -1;
    }

    /** A block before an edit: its first and last row and their indices then. */
    private record Block(LayerRowViewModel start, LayerRowViewModel end, int first, int last) {
    }
}
