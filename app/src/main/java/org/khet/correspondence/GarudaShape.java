package org.khet.correspondence;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;

/**
 * A stylised Garuda (ครุฑพ่าห์) drawn with PDF path operations, for an office that has not installed the official image
 * (see {@link GarudaEmblem}): crowned head with a tiered spire, a beaked face, arms raised beside the head, wings spread
 * up and out with layered feathers, bent legs with talons and a tail fan. Each part is drawn on its right half and
 * mirrored, filled in ink with a thin white outline so the parts stay apart. The figure's points span exactly
 * {@link #HEIGHT} units of height, so a placed figure is as tall as asked.
 */
final class GarudaShape {

    static final float HEIGHT = 100;
    static final Color INK = Color.BLACK;

    /** The right half of each part (x ≥ 0 at the figure's axis, y up from the lowest point), in drawing order. */
    private static final List<float[]> PARTS = List.of(
            // wing: from the shoulder up to the tip, then down its feathered outer edge back to the flank
            new float[] {
                4, 52, 14, 64, 26, 76, 38, 86, 50, 94, 49, 87, 45, 86, 50, 80, 44, 78, 48, 71, 41, 70, 45, 63, 38, 62,
                41, 55, 34, 55, 36, 48, 29, 49, 30, 42, 23, 44, 22, 37, 15, 41, 6, 40
            },
            // the wing's inner row of feathers, over the wing
            new float[] {
                8, 50, 16, 60, 26, 69, 35, 75, 33, 70, 37, 67, 31, 64, 34, 59, 27, 58, 29, 52, 22, 52, 22, 46, 10, 46
            },
            // tail fan between the legs
            new float[] {0, 0, 3, 4, 6, 1, 8, 7, 12, 4, 12, 11, 9, 22, 0, 25},
            // thigh and shin, knee out
            new float[] {4, 34, 12, 31, 24, 26, 27, 21, 24, 12, 21, 10, 18, 12, 19, 20, 13, 24, 6, 27},
            // foot with three talons
            new float[] {17, 12, 24, 12, 30, 7, 27, 7, 26, 4, 23, 6, 22, 2, 20, 6, 17, 3, 16, 8},
            // body: chest to hips
            new float[] {0, 56, 6, 55, 9, 50, 9, 42, 7, 33, 4, 28, 0, 27},
            // upper arm out to the elbow, forearm up beside the head, open hand
            new float[] {
                7, 53, 15, 50, 22, 50, 24, 56, 22, 66, 24, 74, 26, 73, 27, 78, 24, 80, 21, 79, 18, 74, 18, 66, 19, 57,
                14, 56, 8, 58
            },
            // head with its cheek ruff
            new float[] {0, 73, 5, 72, 8, 69, 9, 64, 7, 59, 4, 56, 0, 55},
            // crown: a spire in tiers above the head
            new float[] {
                0, 100, 1.2f, 95, 2, 94, 2.2f, 90, 3.2f, 89, 3.4f, 85, 4.6f, 84, 4.8f, 80, 6.4f, 78, 7, 75, 10, 74,
                10.5f, 70, 8, 71, 0, 71
            });

    /** White lines of the costume (whole, not mirrored): collar, pendant, belt. */
    private static final List<float[]> ORNAMENTS = List.of(
            new float[] {-7.5f, 53.5f, -4, 50.5f, 0, 49.5f, 4, 50.5f, 7.5f, 53.5f},
            new float[] {-1.5f, 49.5f, 0, 46, 1.5f, 49.5f},
            new float[] {-8.2f, 37, 0, 35.5f, 8.2f, 37});

    /** The white details: eyes and the beak's line on the face (drawn on both sides). */
    private static final float[] EYE = {3.2f, 66, 1.3f};

    private GarudaShape() {}

    /** The figure's width for a height {@code h}. */
    static float width(float h) {
        return 2 * maxX() * h / HEIGHT;
    }

    /** Draws the figure with its axis at {@code centreX}, its lowest point at {@code bottom}, {@code h} tall. */
    static void draw(PdfContentByte canvas, float centreX, float bottom, float h) {
        float k = h / HEIGHT;
        canvas.saveState();
        canvas.setColorFill(INK);
        canvas.setColorStroke(Color.WHITE);
        canvas.setLineWidth(Math.max(0.25f, 0.6f * k));
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (float[] part : PARTS) {
            if (onAxis(part)) {
                whole(canvas, part, centreX, bottom, k);
                canvas.closePathFillStroke();
                continue;
            }
            for (int side : new int[] {1, -1}) {
                outline(canvas, part, side, centreX, bottom, k);
                canvas.closePathFillStroke();
            }
        }
        beak(canvas, centreX, bottom, k);
        ornaments(canvas, centreX, bottom, k);
        canvas.setColorFill(Color.WHITE);
        for (int side : new int[] {1, -1}) {
            canvas.circle(centreX + side * EYE[0] * k, bottom + EYE[1] * k, EYE[2] * k);
            canvas.fill();
        }
        canvas.restoreState();
    }

    private static void outline(PdfContentByte canvas, float[] part, int side, float cx, float bottom, float k) {
        canvas.moveTo(cx + side * part[0] * k, bottom + part[1] * k);
        for (int i = 2; i < part.length; i += 2) {
            canvas.lineTo(cx + side * part[i] * k, bottom + part[i + 1] * k);
        }
    }

    /** A part that starts and ends on the axis is one shape: its right half, then its mirror back to the start. */
    private static boolean onAxis(float[] part) {
        return part[0] == 0 && part[part.length - 2] == 0;
    }

    private static void whole(PdfContentByte canvas, float[] part, float cx, float bottom, float k) {
        outline(canvas, part, 1, cx, bottom, k);
        for (int i = part.length - 4; i >= 2; i -= 2) {
            canvas.lineTo(cx - part[i] * k, bottom + part[i + 1] * k);
        }
    }

    /** The costume in white lines: a collar with its pendant on the chest, and a belt at the hips. */
    private static void ornaments(PdfContentByte canvas, float cx, float bottom, float k) {
        canvas.setLineWidth(0.9f * k);
        for (float[] line : ORNAMENTS) {
            canvas.moveTo(cx + line[0] * k, bottom + line[1] * k);
            for (int i = 2; i < line.length; i += 2) {
                canvas.lineTo(cx + line[i] * k, bottom + line[i + 1] * k);
            }
            canvas.stroke();
        }
    }

    /** The hooked beak below the eyes, pointing down. */
    private static void beak(PdfContentByte canvas, float cx, float bottom, float k) {
        canvas.moveTo(cx - 2.4f * k, bottom + 63 * k);
        canvas.lineTo(cx + 2.4f * k, bottom + 63 * k);
        canvas.lineTo(cx + 1.2f * k, bottom + 58 * k);
        canvas.lineTo(cx, bottom + 55.5f * k);
        canvas.lineTo(cx - 1.2f * k, bottom + 58 * k);
        canvas.closePathFillStroke();
    }

    /** The lowest and highest y and the widest x of all parts (the figure's box in its own units). */
    static float[] box() {
        float low = Float.MAX_VALUE;
        float high = -Float.MAX_VALUE;
        for (float[] part : PARTS) {
            for (int i = 1; i < part.length; i += 2) {
                low = Math.min(low, part[i]);
                high = Math.max(high, part[i]);
            }
        }
        return new float[] {low, high, maxX()};
    }

    private static float maxX() {
        float max = 0;
        for (float[] part : PARTS) {
            for (int i = 0; i < part.length; i += 2) {
                max = Math.max(max, part[i]);
            }
        }
        return max;
    }
}
