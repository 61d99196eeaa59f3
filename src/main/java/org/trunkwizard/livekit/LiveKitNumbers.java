package org.trunkwizard.livekit;

/**
 * Numbers as LiveKit compares them (livekit/protocol NormalizeNumber): digits with spaces, dashes and brackets lose
 * them and gain a leading "+"; anything else is compared as written. Two inbound trunks whose numbers are equal after
 * this are the same number to LiveKit.
 */
final class LiveKitNumbers {

    private LiveKitNumbers() {
    }

    static String normalize(String number) {
        if (number == null || number.isEmpty() || !number.matches("\\+?[\\d\\- ()]+")) {
            return number == null ? "" : number;
        }
        String digits = number.replaceAll("[ ()\\-]", "");
        return digits.startsWith("+") ? digits : "+" + digits;
    }
}
