package org.trunkwizard.ui.common;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import org.trunkwizard.i18n.Messages;

/**
 * The message bundle as FXML's {@code %key} sees it: formatted like {@link Messages#get}, so a pattern's
 * {@code ''} shows as one apostrophe in the window too. Every window's FXML loads with one.
 */
public final class FxBundle extends ResourceBundle {

    private final ResourceBundle raw = Messages.bundle();

    @Override
    protected Object handleGetObject(String key) {
        return raw.containsKey(key) ? Messages.get(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(raw.keySet());
    }
}
