package org.trunkwizard.cli.trunk;

import java.util.Locale;
import org.trunkwizard.cli.Args;
import org.trunkwizard.cli.UsageException;
import org.trunkwizard.i18n.Messages;
import org.trunkwizard.trunk.Carrier;
import org.trunkwizard.validation.CheckOptions;

/** Options several commands share: {@code --region CC} and {@code --carrier NAME}. */
final class CommonOptions {

    private CommonOptions() {
    }

    static CheckOptions checkOptions(Args args) throws UsageException {
        CheckOptions options = CheckOptions.fromLocale();
        if (args.option("region").isPresent()) {
            String region = args.option("region").get().trim().toUpperCase(Locale.ROOT);
            if (!region.matches("[A-Z]{2}")) {
                throw new UsageException(Messages.get("cli.usage.region", args.option("region").get()));
            }
            options = options.withRegion(region);
        }
        if (args.option("carrier").isPresent()) {
            String word = args.option("carrier").get();
            Carrier carrier = Carrier.fromText(word)
                    .orElseThrow(() -> new UsageException(Messages.get("cli.usage.carrier", word)));
            options = options.withCarrier(carrier);
        }
        return options;
    }
}
