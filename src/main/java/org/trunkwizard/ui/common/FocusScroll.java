package org.trunkwizard.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * A ScrollPane does not follow the keyboard focus: on a long page Tab would move into controls below the fold.
 * This scrolls the page's ScrollPane just enough to show whatever inside the page gets the focus.
 */
public final class FocusScroll {

    private static final double MARGIN = 12;

    private FocusScroll() {
    }

    public static void install(Node page) {
        page.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                follow(scene, page);
            }
        });
        if (page.getScene() != null) {
            follow(page.getScene(), page);
        }
    }

    private static void follow(Scene scene, Node page) {
        scene.focusOwnerProperty().addListener((o, was, focus) -> {
            if (focus != null && page.getScene() == scene && isInside(focus, page)) {
                show(focus, page);
            }
        });
    }

    private static boolean isInside(Node n, Node page) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == page) {
                return true;
            }
        }
        return false;
    }

    private static void show(Node focus, Node page) {
        ScrollPane sp = enclosingScrollPane(page);
        if (sp == null || sp.getContent() == null) {
            return;
        }
        Node content = sp.getContent();
        Bounds b = content.sceneToLocal(focus.localToScene(focus.getBoundsInLocal()));
        double viewport = sp.getViewportBounds().getHeight();
        double room = content.getBoundsInLocal().getHeight() - viewport;
        if (room <= 0) {
            return;
        }
        double top = sp.getVvalue() * room;
        if (b.getMinY() - MARGIN < top) {
            sp.setVvalue(Math.max(0, (b.getMinY() - MARGIN) / room));
        } else if (b.getMaxY() + MARGIN > top + viewport) {
            sp.setVvalue(Math.min(1, (b.getMaxY() + MARGIN - viewport) / room));
        }
    }

    private static ScrollPane enclosingScrollPane(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp;
            }
        }
        return null;
    }
}
