package org.gradflow.ui.compose;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

/** Snapshots of nodes for the UI tests, taken on the FX thread. */
final class Pixels {
    private Pixels() {
    }

    /** @return a snapshot of {@code node} */
    static Image snapshot(Node node) throws ExecutionException, InterruptedException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
    }

    /** @return how many pixels are within {@code tolerance} (per channel, 0-1) of {@code colour}, ignoring alpha */
    static int count(Image image, Color colour, double tolerance) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) <= tolerance && Math.abs(c.getGreen() - colour.getGreen()) <= tolerance
                        && Math.abs(c.getBlue() - colour.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @return how many pixels differ from white by more than 0.02 in some channel */
    static int nonWhite(Image image) {
        return (int) (image.getWidth() * image.getHeight()) - count(image, Color.WHITE, 0.02);
    }
}
