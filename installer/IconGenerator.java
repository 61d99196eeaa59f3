import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Draws the app icon from shapes, so it needs no font and no image tool: resources/trunk-wizard.png (Linux) and
 * the sizes beside it, trunk-wizard.ico (Windows) and trunk-wizard.icns (macOS), both of which hold PNGs.
 * Run: java -Djava.awt.headless=true installer/IconGenerator.java resources
 */
public class IconGenerator {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "resources");
        for (int size : new int[] {256, 128, 64, 48, 32}) {
            ImageIO.write(draw(size), "png", new File(dir, size == 256 ? "trunk-wizard.png" : "trunk-wizard-" + size + ".png"));
        }
        writeIco(new File(dir, "trunk-wizard.ico"), new int[] {16, 32, 48, 64, 128, 256});
        writeIcns(new File(dir, "trunk-wizard.icns"));
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG entries (Windows Vista and later read them): a directory, then the images. */
    static void writeIco(File file, int[] sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        ByteBuffer b = ByteBuffer.allocate(6 + 16 * sizes.length + Arrays.stream(images).mapToInt(a -> a.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            b.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            b.put(image);
        }
        Files.write(file.toPath(), b.array());
    }

    /** ICNS with PNG entries: 'icp5' 32, 'icp6' 64, 'ic07' 128, 'ic08' 256 (big-endian lengths). */
    static void writeIcns(File file) throws IOException {
        String[] types = {"icp5", "icp6", "ic07", "ic08"};
        int[] sizes = {32, 64, 128, 256};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            body.write(types[i].getBytes(StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(image.length + 8).array());
            body.write(image);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write("icns".getBytes(StandardCharsets.US_ASCII));
        all.write(ByteBuffer.allocate(4).putInt(body.size() + 8).array());
        body.writeTo(all);
        Files.write(file.toPath(), all.toByteArray());
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
