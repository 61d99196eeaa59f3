import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (resources/trunk-wizard.png and sizes for installers) from shapes, so it needs no font
 * and no image tool. Run: java installer/IconGenerator.java resources
 */
public class IconGenerator {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "resources");
        for (int size : new int[] {256, 128, 64, 48, 32}) {
            ImageIO.write(draw(size), "png", new File(dir, size == 256 ? "trunk-wizard.png" : "trunk-wizard-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f, 0x81, 0xf7), 256, 256, new Color(0x0b, 0x3d, 0x91)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // A handset: two ear/mouth pieces joined by an arc.
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(30, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D handle = new Path2D.Double();
        handle.moveTo(78, 92);
        handle.curveTo(70, 150, 110, 190, 168, 182);
        g.draw(handle);
        g.fill(new RoundRectangle2D.Double(52, 62, 52, 44, 18, 18));
        g.fill(new RoundRectangle2D.Double(150, 160, 44, 52, 18, 18));
        // Signal waves: the trunk carrying the call out.
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(128, 44, 84, 84, 0, 90);
        g.drawArc(148, 64, 44, 44, 0, 90);
        // A spark: the wizard part.
        g.setColor(new Color(0xff, 0xd3, 0x3d));
        Path2D star = new Path2D.Double();
        double cx = 200, cy = 58, r = 22, ri = 7;
        for (int i = 0; i < 8; i++) {
            double a = Math.PI / 4 * i - Math.PI / 2;
            double rr = i % 2 == 0 ? r : ri;
            double x = cx + rr * Math.cos(a), y = cy + rr * Math.sin(a);
            if (i == 0) star.moveTo(x, y); else star.lineTo(x, y);
        }
        star.closePath();
        g.fill(star);
        g.dispose();
        return img;
    }
}
